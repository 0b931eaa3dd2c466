/**
 * Makes text literal inside a Markdown table cell. Backslash escapes (valid for any ASCII
 * punctuation in CommonMark) keep the raw file readable: `\<script>` renders as text, never as
 * HTML. Underscores inside words cannot start emphasis, so `000_abc.txt` stays as it is.
 */
export const escapeMarkdown = (text: string): string =>
  text
    .replace(/[\\`*[\]<>|&~]/g, (c) => `\\${c}`)
    .replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, "\\_")
