/**
 * An object without its undefined values: `defined({ name, errorCode })` has `errorCode` only when
 * it is set. Reports and parsed readings leave out what is unknown rather than carry `undefined`,
 * so JSON, snapshots and deep comparisons see only what was found.
 */
type Defined<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>
}

export function defined<const T extends object>(object: T): Defined<T> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as Defined<T>
}
