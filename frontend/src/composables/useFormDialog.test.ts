import { effectScope, nextTick, ref } from 'vue'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/api/client'
import { FormInputError } from './formErrors'
import { useFormDialog, type FormDialogOptions } from './useFormDialog'

// The reporter needs a component (i18n, message boxes); here it only records.
const { reportSaveError } = vi.hoisted(() => ({ reportSaveError: vi.fn() }))
vi.mock('./useErrorReporter', () => ({ useErrorReporter: () => ({ reportSaveError }) }))

interface Form {
  name: string
  street: string
}
interface Stored extends Form {
  id: string
  version: number
}

const stored: Stored = { id: 'c1', name: '幸福里', street: '东街', version: 3 }

function setup(overrides: Partial<FormDialogOptions<Form, Stored, string>> = {}) {
  const open = ref(false)
  const editing = ref<Stored | null>(null)
  const submit = vi.fn(async (form: Form) => `created ${form.name}`)
  const update = vi.fn(async (record: Stored, changes: Partial<Form>) => `v${record.version} ${JSON.stringify(changes)}`)
  const onSaved = vi.fn()
  const dialog = effectScope().run(() =>
    useFormDialog<Form, Stored, string>({
      open,
      toForm: (r) => ({ name: r?.name ?? '', street: r?.street ?? '' }),
      fields: ['name', 'street'],
      record: () => editing.value,
      submit,
      update,
      onSaved,
      ...overrides,
    }),
  )!
  async function openWith(record: Stored | null): Promise<void> {
    editing.value = record
    open.value = true
    await nextTick()
  }
  return { open, dialog, submit, update, onSaved, openWith }
}

describe('useFormDialog', () => {
  beforeEach(() => reportSaveError.mockReset())

  it('starts blank for a new record, sends the form and closes', async () => {
    const { open, dialog, submit, onSaved, openWith } = setup()
    await openWith(null)
    expect(dialog.isEdit.value).toBe(false)
    dialog.form.name = '新社区'
    await dialog.save()
    expect(submit).toHaveBeenCalledWith(expect.objectContaining({ name: '新社区', street: '' }))
    expect(onSaved).toHaveBeenCalledWith('created 新社区', true)
    expect(open.value).toBe(false)
    expect(dialog.saving.value).toBe(false)
  })

  it('fills the form from the record and sends only what changed, with the record', async () => {
    const { dialog, update, onSaved, openWith } = setup()
    await openWith(stored)
    expect(dialog.isEdit.value).toBe(true)
    expect({ ...dialog.form }).toEqual({ name: '幸福里', street: '东街' })
    dialog.form.street = '西街'
    await dialog.save()
    expect(update).toHaveBeenCalledWith(stored, { street: '西街' })
    expect(onSaved).toHaveBeenCalledWith('v3 {"street":"西街"}', false)
  })

  it('closes without a request when an edit changes nothing', async () => {
    const { open, dialog, update, openWith } = setup()
    await openWith(stored)
    await dialog.save()
    expect(update).not.toHaveBeenCalled()
    expect(open.value).toBe(false)
  })

  it('lets the page say that nothing changed instead', async () => {
    const onUnchanged = vi.fn()
    const { open, dialog, openWith } = setup({ onUnchanged })
    await openWith(stored)
    await dialog.save()
    expect(onUnchanged).toHaveBeenCalled()
    expect(open.value).toBe(true)
  })

  it('keeps the dialog open and hands a failure to the reporter with the form fields', async () => {
    const refused = new ApiError({ status: 422, errors: [{ field: 'name', code: 'required', message: 'required' }] })
    const { open, dialog, openWith } = setup({ submit: () => Promise.reject(refused) })
    await openWith(null)
    await dialog.save()
    expect(open.value).toBe(true)
    expect(dialog.saving.value).toBe(false)
    expect(reportSaveError).toHaveBeenCalledWith(refused, dialog.fieldErrors, ['name', 'street'], undefined)
  })

  it('leaves a failure the dialog handles itself to the dialog', async () => {
    const onError = vi.fn(() => true)
    const { dialog, openWith } = setup({ submit: () => Promise.reject(new Error('no')), onError })
    await openWith(null)
    await dialog.save()
    expect(onError).toHaveBeenCalled()
    expect(reportSaveError).not.toHaveBeenCalled()
  })

  it('offers the reload on a stale version and fills the form with the fresh record', async () => {
    const fresh = { ...stored, street: '北街', version: 4 }
    const { dialog, openWith } = setup({
      update: () => Promise.reject(new ApiError({ status: 409 })),
      reload: async () => fresh,
    })
    await openWith(stored)
    dialog.form.name = '改名'
    await dialog.save()
    const reload = reportSaveError.mock.calls[0][3] as () => Promise<void>
    await reload()
    expect(dialog.record.value).toBe(fresh)
    expect({ ...dialog.form }).toEqual({ name: '幸福里', street: '北街' })
  })

  it('clears the field errors of the last attempt when it opens again', async () => {
    const { open, dialog, openWith } = setup()
    await openWith(null)
    dialog.fieldErrors.name = 'required'
    open.value = false
    await nextTick()
    await openWith(null)
    expect(dialog.fieldErrors).toEqual({})
  })

  it('without a dialog fills the form at once and again whenever the record changes', async () => {
    const record = ref<Stored>(stored)
    const form = effectScope().run(() =>
      useFormDialog<Form, Stored>({
        toForm: (r) => ({ name: r?.name ?? '', street: r?.street ?? '' }),
        fields: ['name', 'street'],
        record: () => record.value,
      }),
    )!
    expect(form.form.name).toBe('幸福里')
    record.value = { ...stored, name: '新名', version: 4 }
    await nextTick()
    expect(form.form.name).toBe('新名')
    expect(form.record.value?.version).toBe(4)
  })

  it('shows what the form could not read beside its fields, sending nothing and staying open', async () => {
    const submit = vi.fn(async (): Promise<string> => {
      throw new FormInputError({ street: 'not an amount' })
    })
    const { open, dialog, openWith } = setup({ submit })
    await openWith(null)
    await dialog.save()
    expect(dialog.fieldErrors).toEqual({ street: 'not an amount' })
    expect(reportSaveError).not.toHaveBeenCalled()
    expect(open.value).toBe(true)
  })

  it('asks a fields function which fields the form shows when the server refuses', async () => {
    const refusal = new ApiError({ status: 422, errors: [{ field: 'rows[1].x', code: 'required', message: 'm' }] })
    const { dialog, openWith } = setup({
      submit: async () => {
        throw refusal
      },
      fields: (form) => [...Object.keys(form), 'rows[0].x', 'rows[1].x'],
    })
    await openWith(null)
    await dialog.save()
    expect(reportSaveError).toHaveBeenCalledWith(refusal, dialog.fieldErrors, ['name', 'street', 'rows[0].x', 'rows[1].x'], undefined)
  })
})
