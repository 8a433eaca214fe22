import { isApiError, type FieldError } from '@/api/client'

/** Translates a validation code, or null when the catalogue has no message for it. */
export type CodeTranslator = (code: string) => string | null

export interface SplitFieldErrors {
  /** Message to show next to each form field, by JSON field name. */
  byField: Record<string, string>
  /** Errors about fields the form does not show (to be shown as a message). */
  other: string[]
}

function messageOf(error: FieldError, translate: CodeTranslator): string {
  return (error.code && translate(error.code)) || error.message || error.code
}

/**
 * Spreads the server's field errors over a form: each field's errors, joined,
 * translated by code where the catalogue knows the code and otherwise in the
 * server's own words. Errors for fields the form lacks come back in `other`.
 */
export function splitFieldErrors(
  errors: readonly FieldError[],
  formFields: readonly string[],
  translate: CodeTranslator,
): SplitFieldErrors {
  const byField: Record<string, string[]> = {}
  const other: string[] = []
  for (const error of errors) {
    const message = messageOf(error, translate)
    if (formFields.includes(error.field)) {
      const list = (byField[error.field] ??= [])
      if (!list.includes(message)) list.push(message)
    } else {
      other.push(error.field ? `${error.field}: ${message}` : message)
    }
  }
  return {
    byField: Object.fromEntries(Object.entries(byField).map(([f, list]) => [f, list.join('; ')])),
    other,
  }
}

/**
 * A 409 that says the record changed since it was read, as opposed to a 409
 * about a value already taken (which names its field with code "unique").
 */
export function isStaleVersion(err: unknown): boolean {
  return isApiError(err) && err.status === 409 && err.errors.every((e) => e.code === 'stale_version' || e.field === 'version')
}

/** Empties a field-error record in place before a new attempt. */
export function clearFieldErrors(fieldErrors: Record<string, string>): void {
  for (const key of Object.keys(fieldErrors)) delete fieldErrors[key]
}

/**
 * What the form itself could not turn into a request (an amount in yuan
 * that is not one), by field, in words: thrown by a submit before anything
 * is sent, shown beside the fields like the server's errors.
 */
export class FormInputError extends Error {
  constructor(readonly fields: Record<string, string>) {
    super(Object.values(fields).join('; '))
    this.name = 'FormInputError'
  }
}
