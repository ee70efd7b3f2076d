/**
 * The chart as a PNG, made in the browser from the SVG download (same origin, so the canvas
 * stays readable) at twice its size for sharp text. Loaded only when a reader asks for it.
 */

/** Renders the SVG at `svgUrl` to a PNG and saves it as `name`. */
export async function downloadPng(svgUrl: string, name: string, scale = 2): Promise<void> {
  const svg = await (await fetch(svgUrl)).blob();
  const source = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = source;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(image.naturalWidth * scale);
    canvas.height = Math.round(image.naturalHeight * scale);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("No 2D canvas");
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("No PNG"))), "image/png"));
    const link = document.createElement("a");
    link.href = URL.createObjectURL(png);
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  } finally {
    URL.revokeObjectURL(source);
  }
}
