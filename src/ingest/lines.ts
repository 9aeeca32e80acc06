/** One physical line of the decoded text; `no` is 1-based, as an editor shows it. */
export interface SourceLine {
  readonly no: number;
  readonly text: string;
}

/**
 * Splits decoded text into lines on LF, CRLF or a lone CR, so that line
 * numbers match what an editor shows whatever the line ends were.
 * A final line end does not start an extra empty line.
 */
export function splitLines(text: string): SourceLine[] {
  const parts = text.split(/\r\n|\r|\n/);
  if (parts.length > 1 && parts[parts.length - 1] === "") parts.pop();
  if (parts.length === 1 && parts[0] === "") return [];
  return parts.map((t, i) => ({ no: i + 1, text: t }));
}
