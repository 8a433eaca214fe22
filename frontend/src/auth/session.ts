import { readonly, ref } from 'vue'
import { authApi } from '@/api/resources'
import type { SignedInUser } from '@/api/types'

// The signed-in user, shared by the router guard, the header and the pages.
// must_change_password: the password has expired and the session may only
// change it; must_enrol_totp: the role needs two-step verification first
// (the router keeps either on the account page).
const current = ref<SignedInUser | null>(null)
let restoring: Promise<void> | null = null

export const sessionUser = readonly(current)

/**
 * Asks the server who is signed in (the session cookie is HttpOnly), once
 * per page load. Any failure leaves the user signed out.
 */
export function restoreSession(): Promise<void> {
  restoring ??= authApi
    .me()
    .then((user) => {
      current.value = user
    })
    .catch(() => {
      current.value = null
    })
  return restoring
}

/** totp is the code the server asks for (401 totp_required) from users with two-step verification. */
export async function signIn(username: string, password: string, totp?: string): Promise<SignedInUser> {
  const user = await authApi.login(username, password, totp)
  current.value = user
  return user
}

export async function signOut(): Promise<void> {
  try {
    await authApi.logout()
  } finally {
    current.value = null
  }
}

/** The server says the password has expired: the session may only change it. */
export function passwordExpired(): void {
  if (current.value) current.value = { ...current.value, must_change_password: true }
}

/** The password was changed: the session may do everything again. */
export function passwordChanged(): void {
  if (current.value) current.value = { ...current.value, must_change_password: false }
}

/** Reads the user again, after a change to their own account (two-step verification). */
export async function reloadSession(): Promise<void> {
  current.value = await authApi.me()
}

/** Forgets the user locally, when the server says the session has ended. */
export function forgetSession(): void {
  current.value = null
}
