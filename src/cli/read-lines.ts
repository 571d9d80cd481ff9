/** Every line of a stream (piped answers). */
export async function readLines(stream: NodeJS.ReadableStream): Promise<string[]> {
  let text = '';
  for await (const chunk of stream) text += String(chunk);
  return text.split(/\r?\n/);
}
