/**
 * contact-syncing-chat: a chat app that can upload or sync the address book, and shows message pop-ups.
 * phone-relay: shows the phone's texts and calls on the computer.
 * remote-access: lets someone else see or control this computer.
 * screen-recording: records or streams the screen.
 * video-call: a calling app; fine when it is the one used for the session.
 */
export type AppCategory =
  | 'contact-syncing-chat'
  | 'phone-relay'
  | 'remote-access'
  | 'screen-recording'
  | 'video-call'

export type OsKey = 'windows' | 'macos' | 'linux'

/** How to recognise an app's processes on one OS. Every comparison is exact and case-insensitive. */
export interface ProcessMatchers {
  /** Executable file names (Windows names include `.exe`). */
  names?: string[]
  /** macOS bundle names, e.g. `WhatsApp.app`: any process inside the bundle (helpers too) counts. */
  bundles?: string[]
  /** Windows Store (MSIX) package names: the part of `WindowsApps\<name>_<version>_…` before the first `_`. */
  storePackages?: string[]
  /** Snap names: processes under `/snap/<name>/`. */
  snaps?: string[]
  /** Flatpak app ids: processes under `…/flatpak/app/<id>/`. */
  flatpaks?: string[]
  /** Executables that run only while someone is connected (remote access) — a live session. */
  sessionNames?: string[]
}

export interface CatalogueEntry {
  id: string
  name: string
  category: AppCategory
  processes: Partial<Record<OsKey, ProcessMatchers>>
  /** One calm sentence on why it matters during a session. */
  why: string
  /** What to do, specific to the app where its settings are known. */
  whatToDo: string
  /**
   * True for parts of the OS that run in the background whether or not anyone uses them (Phone
   * Link). They get advice, never a warning, because their presence proves nothing.
   */
  runsByDefault?: boolean
  /** Where the process names and the advice come from. */
  sources: string[]
}
