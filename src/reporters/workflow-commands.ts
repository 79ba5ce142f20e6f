/** Escaping for GitHub Actions workflow commands, as the runner decodes them (actions/toolkit `command.ts`). */

/** Escapes a command's message so it stays on one line and `%` reads back literally. */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Escapes a command property value: like `escapeData`, and also `:` and `,`, which end a property. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
