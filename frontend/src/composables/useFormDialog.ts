import { computed, reactive, ref, shallowRef, watch, type Ref } from 'vue'
import { changedFields } from './changes'
import { clearFieldErrors, FormInputError } from './formErrors'
import { useErrorReporter } from './useErrorReporter'

export interface FormDialogOptions<F extends object, R, A> {
  /**
   * The dialog's v-model: each time it opens the form is filled afresh and
   * a save closes it. Without one the form is always shown (a card on a
   * page) and is filled again whenever `record` changes.
   */
  open?: Ref<boolean>
  /** The form's values for the record being edited, or blank ones (null) for a new one. */
  toForm: (record: R | null) => F
  /**
   * The fields the form shows, by their JSON names: the server's errors for
   * them go beside them. A function of the form for a form with rows, whose
   * fields are named like "tranches[0].due_on", or whose inputs are sent
   * under other names (yuan typed in `amount`, sent as `amount_fen`).
   */
  fields: readonly (keyof F & string)[] | ((form: F) => readonly string[])
  /** The record to edit, read as the form is filled; absent or null to send a new one. */
  record?: () => R | null
  /** Sends the form when there is no record: a create, or an action such as a decision. */
  submit?: (form: F) => Promise<A>
  /** Sends an edit: what `changes` found, with the version the record was read at. */
  update?: (record: R, changes: Partial<F>) => Promise<A>
  /** What an edit sends; by default the fields whose values differ from the record's. */
  changes?: (form: F, record: R) => Partial<F>
  /** An edit that changes nothing; by default the dialog just closes. */
  onUnchanged?: () => void
  /** After the server accepted, before the dialog closes: the message and the events. */
  onSaved?: (answer: A, created: boolean) => void
  /** A refusal the dialog explains itself (it may set fieldErrors or close); true when handled. */
  onError?: (err: unknown) => boolean
  /**
   * Offered when a 409 says the edited record changed since it was read:
   * fetches it again. A record returned fills the form.
   */
  reload?: (record: R) => Promise<R | void> | void
  /** Anything else to reset each time the dialog opens. */
  onOpen?: () => void
}

/**
 * The state and the save of a form in a dialog: fills the form as the dialog
 * opens, sends a new record or only the changed fields of an edited one, keeps
 * `saving` while the server answers, puts the server's field errors beside
 * their fields and reports the rest, and closes on success.
 */
export function useFormDialog<F extends object, R = never, A = unknown>(options: FormDialogOptions<F, R, A>) {
  const { reportSaveError } = useErrorReporter()
  const form = reactive(options.toForm(null)) as F
  const fieldErrors = reactive<Record<string, string>>({})
  const record = shallowRef<R | null>(null)
  const saving = ref(false)
  const isEdit = computed(() => record.value !== null)

  /** Shows `next` in the form (null: a blank form) and forgets earlier errors. */
  function fill(next: R | null): void {
    record.value = next
    Object.assign(form, options.toForm(next))
    clearFieldErrors(fieldErrors)
  }

  function close(): void {
    if (options.open) options.open.value = false
  }

  if (options.open) {
    watch(options.open, (isOpen) => {
      if (!isOpen) return
      fill(options.record?.() ?? null)
      options.onOpen?.()
    })
  } else {
    fill(options.record?.() ?? null)
    if (options.record) watch(options.record, (next) => fill(next))
  }

  /** The reload to offer on a stale version, for an edit. */
  function reloadOf(current: R | null): (() => Promise<void>) | undefined {
    const { reload } = options
    if (!reload || current === null) return undefined
    return async () => {
      const fresh = await reload(current)
      if (fresh) fill(fresh)
    }
  }

  function fieldList(): readonly string[] {
    return typeof options.fields === 'function' ? options.fields(form) : options.fields
  }

  /** What to send, or null when an edit changes nothing. */
  function request(): (() => Promise<A>) | null {
    const { submit, update } = options
    const current = record.value
    if (current === null) return submit ? () => submit(form) : null
    if (!update) return null
    const changes = options.changes
      ? options.changes(form, current)
      : (changedFields(form, options.toForm(current), fieldList() as readonly (keyof F & string)[]) as Partial<F>)
    return Object.keys(changes).length > 0 ? () => update(current, changes) : null
  }

  async function save(): Promise<void> {
    clearFieldErrors(fieldErrors)
    const send = request()
    if (!send) {
      if (options.onUnchanged) options.onUnchanged()
      else close()
      return
    }
    const current = record.value
    saving.value = true
    try {
      const answer = await send()
      options.onSaved?.(answer, current === null)
      close()
    } catch (err) {
      if (err instanceof FormInputError) {
        Object.assign(fieldErrors, err.fields)
        return
      }
      if (options.onError?.(err)) return
      await reportSaveError(err, fieldErrors, fieldList(), reloadOf(current))
    } finally {
      saving.value = false
    }
  }

  return { form, fieldErrors, record, isEdit, saving, save, close, fill }
}
