/**
 * Saves a streamed CSV as a file: the body becomes a Blob URL that a temporary anchor downloads.
 * (A Blob URL we made, never a URL from lead data.)
 */
export async function downloadCsv(body: ReadableStream<Uint8Array>, fileName: string): Promise<void> {
  const blob = await new Response(body).blob();
  const url = URL.createObjectURL(new Blob([blob], { type: 'text/csv;charset=utf-8' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName.replace(/[^\w.-]+/g, '_');
  anchor.hidden = true;
  document.body.append(anchor);
  try {
    anchor.click();
  } finally {
    anchor.remove();
    // The download has started from the click; the URL can go once the browser has read it.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
