/**
 * Registers every contract call with ipcMain. Each call is checked for its
 * sender (our own window, showing our own page) and parsed by its schema
 * before its handler runs; the handler's `Result` goes back unchanged.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { callNames, ipcChannel } from '@shared/contract'
import { fail } from '@shared/result'
import { dispatch } from './core/api/dispatch'
import type { Handlers } from './core/api/handlers'

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean

export function registerIpc(handlers: Handlers, isTrustedSender: SenderCheck): () => void {
  for (const name of callNames) {
    ipcMain.handle(ipcChannel(name), (event, input: unknown) => {
      if (!isTrustedSender(event)) {
        return fail('FORBIDDEN', `${name}: refused a call from an untrusted sender`)
      }
      return dispatch(handlers, name, input)
    })
  }
  return () => {
    for (const name of callNames) ipcMain.removeHandler(ipcChannel(name))
  }
}
