/** Ends a `switch` over a discriminated union: a new `kind` becomes a type error. */
export function assertNever(value: never): never {
	throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
