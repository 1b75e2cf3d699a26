/**
 * Exposes the contract as `window.api`: one function per call, each an IPC
 * invoke on the call's channel. Built from the contract's call list, so no
 * call exists here that the contract does not name.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { callNames, ipcChannel, type Api } from '@shared/contract'

const api = Object.fromEntries(
  callNames.map((name) => [name, (input: unknown) => ipcRenderer.invoke(ipcChannel(name), input)]),
) as unknown as Api

contextBridge.exposeInMainWorld('api', api)
