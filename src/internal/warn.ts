/** Console warnings for the people integrating Hearth: always prefixed, so they can be found. */
export function warn(message: string, ...details: unknown[]): void {
  console.warn(`[hearth] ${message}`, ...details);
}
