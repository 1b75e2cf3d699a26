/** Handlers for policy points and the policy registry. */
import type { policyCalls } from '@shared/calls/policy'
import { getPolicy, listMentionDates, listPolicies, policyMentions } from '../../db/repos/policies'
import {
  acceptAll,
  acceptPolicyPoint,
  candidatesFor,
  dismissPolicyPoint,
  mergePolicy,
  splitMention,
} from '../../policy-registry/registry'
import { editPolicy, markHighlight } from '../../policy-registry/manual'
import type { HandlerContext, HandlersFor } from '../handler-types'

export function policyHandlers(ctx: HandlerContext): HandlersFor<typeof policyCalls> {
  const { db } = ctx.library
  return {
    'policy.detect': (input) => candidatesFor(db, input.articleId),
    'policy.accept': (input) => acceptPolicyPoint(db, input),
    'policy.acceptAll': (input) => ({ accepted: acceptAll(db, input.articleId) }),
    'policy.dismiss': (input) => ({ dismissed: dismissPolicyPoint(db, input) }),
    'policy.list': (input) => listPolicies(db, input),
    'policy.mentionDates': (input) => listMentionDates(db, input),
    'policy.get': (input) => ({
      policy: getPolicy(db, input.id),
      mentions: policyMentions(db, input.id),
    }),
    'policy.mark': (input) => markHighlight(db, input.highlightId, input),
    'policy.edit': (input) => editPolicy(db, input.id, input),
    'policy.merge': (input) => mergePolicy(db, input.fromId, input.intoId),
    'policy.split': (input) => splitMention(db, input.highlightId, input.label),
  }
}
