import { useI18n } from 'vue-i18n'
import { isApiError } from '@/api/client'
import { isStaleVersion, splitFieldErrors } from './formErrors'

/**
 * How pages tell the user that a call failed: field errors next to fields,
 * everything else in a message, and a record changed by someone else (409)
 * as a question whether to reload it.
 */
export function useErrorReporter() {
  const { t, te } = useI18n()

  /**
   * The catalogue's words for a broken rule (problem type
   * "urn:hatchery:problem:<code>"), if any; "not-ready" is looked up as
   * rules.not_ready.
   */
  function ruleMessage(type: string): string | null {
    const code = type.slice(type.lastIndexOf(':') + 1).replace(/-/g, '_')
    const key = `rules.${code}`
    return code && te(key) ? t(key) : null
  }

  function describe(err: unknown): string {
    if (!isApiError(err)) return t('errors.generic', { detail: String(err) })
    const rule = ruleMessage(err.type)
    if (rule) return rule
    switch (err.status) {
      case 0:
        return t('errors.network')
      case 401:
        return t('errors.sessionExpired')
      case 403:
        return t('errors.forbidden')
      case 404:
        return t('errors.notFound')
      case 409:
        return t('errors.conflictMessage')
      case 413:
        return t('errors.tooLarge')
    }
    if (err.status >= 500) return t('errors.server')
    return t('errors.generic', { detail: err.detail || err.title || String(err.status) })
  }

  /** Shows any failure as a message (a 401 is already on its way to sign-in). */
  function report(err: unknown): void {
    if (isApiError(err) && err.status === 401) return
    ElMessage.error({ message: describe(err), showClose: true })
  }

  /**
   * A validation code in words; of alternatives such as "uscc|len=0" the
   * first is meant. A broken rule that names its field carries the rule's
   * code ("disbursement-over-budget"), said as the rule is.
   */
  function translateCode(code: string): string | null {
    const key = `validation.${code.split('|')[0]}`
    if (te(key)) return t(key)
    return ruleMessage(code)
  }

  /**
   * Handles a failed save: fills `fieldErrors` for the form's fields and
   * reports the rest. A 409 asks whether to reload and calls `reload` if so.
   */
  async function reportSaveError(
    err: unknown,
    fieldErrors: Record<string, string>,
    formFields: readonly string[],
    reload?: () => unknown,
  ): Promise<void> {
    if (isStaleVersion(err) && reload) {
      try {
        await ElMessageBox.confirm(t('errors.conflictMessage'), t('errors.conflictTitle'), {
          confirmButtonText: t('errors.conflictReload'),
          cancelButtonText: t('common.cancel'),
          type: 'warning',
        })
        await reload()
      } catch {
        // Cancelled: the user keeps their edits.
      }
      return
    }
    if (isApiError(err) && err.errors.length > 0) {
      const split = splitFieldErrors(err.errors, formFields, translateCode)
      Object.assign(fieldErrors, split.byField)
      const rest = split.other.length ? split.other.join('\n') : Object.keys(split.byField).length ? '' : describe(err)
      if (rest) ElMessage.error({ message: rest, showClose: true })
      else ElMessage.warning(t('errors.checkFields'))
      return
    }
    report(err)
  }

  return { describe, report, reportSaveError }
}
