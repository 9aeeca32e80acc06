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
  // Only LF, CRLF and CR end a line: not U+2028/U+2029, form feed or NEL, which `sed` and editors show inline.
  if (text === "") return [];
  const parts = text.split(/\r\n|\r|\n/);
  if (parts[parts.length - 1] === "") parts.pop();
  return parts.map((t, i) => ({ no: i + 1, text: t }));
}
