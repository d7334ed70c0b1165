/**
 * The store's one error type. Every failure carries a code; the merchant-facing sentence exists in both
 * languages beside it, because a full disk or a second tab is something the merchant must act on.
 */

export type StoreErrorCode =
  /** The browser's storage quota is used up even after pruning old, resolved fault entries. */
  | 'storage-full'
  /** A newer version of the app is open in another tab, so this tab's database connection was closed. */
  | 'version-changed'
  /** An older version of the app in another tab keeps the database from upgrading. */
  | 'blocked'
  /** The browser closed the database abnormally (storage cleared, disk error). */
  | 'terminated'
  /** IndexedDB is missing (some private modes) or refused to open. */
  | 'unavailable'
  /** The record asked for does not exist. */
  | 'not-found'
  /** A write failed for another reason; `details.cause` holds the browser's error. */
  | 'write-failed';

/** One sentence per code, in both languages, for the merchant. */
export const STORE_ERROR_TEXT: Readonly<Record<StoreErrorCode, { en: string; zh: string }>> = {
  'storage-full': {
    en: 'This tablet’s storage for the app is full, even after removing old resolved faults. Free some space or clear old browsing data, then try again.',
    zh: '本机留给本应用的存储空间已满，即使删除了已解决的旧故障记录也不够。请清理部分空间或浏览数据后重试。',
  },
  'version-changed': {
    en: 'A newer version of the app is open in another tab. Reload this tab to keep saving.',
    zh: '另一个标签页打开了新版本的应用。请刷新此页面以继续保存。',
  },
  blocked: {
    en: 'Another tab with an older version of the app is open. Close it so the app can update its data.',
    zh: '另一个标签页正运行旧版本的应用。请关闭它，以便应用更新数据。',
  },
  terminated: {
    en: 'The browser closed the app’s storage unexpectedly. Reload the page.',
    zh: '浏览器意外关闭了应用的存储。请刷新页面。',
  },
  unavailable: {
    en: 'This browser does not allow the app to save data (private mode?). Receipts and faults will not be kept.',
    zh: '此浏览器不允许应用保存数据（是否为无痕模式？）。小票和故障将不会被保存。',
  },
  'not-found': {
    en: 'That record no longer exists.',
    zh: '该记录已不存在。',
  },
  'write-failed': {
    en: 'Saving failed. Try again; if it keeps failing, reload the page.',
    zh: '保存失败。请重试；如果一直失败，请刷新页面。',
  },
};

/** A store failure with a code, both languages' text, and technical details for support. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  /** The merchant-facing sentence in each language. */
  readonly text: { en: string; zh: string };
  constructor(
    readonly code: StoreErrorCode,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    const text = STORE_ERROR_TEXT[code];
    super(`${text.en} / ${text.zh}`);
    this.text = text;
  }
}

/** True for a StoreError, optionally of one code. */
export function isStoreError(error: unknown, code?: StoreErrorCode): error is StoreError {
  return error instanceof StoreError && (code === undefined || error.code === code);
}

/** True when the browser refused a write for lack of space (DOMException name, any browser). */
export function isQuotaError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'name' in error &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}
