import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { cachedFile, fetchRemote, imageFormat, MAX_REMOTE_BYTES, type MediaInput, resolveMedia } from "./media";

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

let root: string | undefined;
const here = () => root ?? "";
const seeds = () => join(here(), "seeds");
const cache = () => join(here(), ".media-cache");
function project(files: Record<string, Buffer | string>) {
  root = mkdtempSync(join(tmpdir(), "media-test-"));
  mkdirSync(join(seeds(), "media"), { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(seeds(), name), content);
}
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

const input = (src: string, alt = "What it shows", key = "m1"): MediaInput => ({ key, src, alt, where: "line 3" });
const resolve = (inputs: MediaInput[]) =>
  resolveMedia(inputs, { file: "seeds/s.md", seedsDir: seeds(), root: here(), cacheDir: cache() });

describe("imageFormat(): an image is what its bytes say", () => {
  it("knows JPEG, PNG, GIF, WebP and AVIF, and nothing else", () => {
    expect(imageFormat(JPEG)).toBe("jpg");
    expect(imageFormat(PNG)).toBe("png");
    expect(imageFormat(Buffer.from("GIF89a......"))).toBe("gif");
    expect(imageFormat(Buffer.from("RIFF\0\0\0\0WEBPVP8 "))).toBe("webp");
    expect(imageFormat(Buffer.from("\0\0\0\x1cftypavif"))).toBe("avif");
    expect(imageFormat(SVG)).toBeUndefined();
    expect(imageFormat(Buffer.from("<html>"))).toBeUndefined();
  });
});

describe("resolveMedia(): every image checked before anything is drawn", () => {
  it("takes a raster image under media/, named relative to the article", () => {
    project({ "media/photo.jpg": JPEG });
    expect(resolve([input("media/photo.jpg")])).toEqual({
      media: [{ key: "m1", alt: "What it shows", file: "seeds/media/photo.jpg" }],
      problems: [],
      pending: [],
    });
  });

  it.each([
    ["no alt text", input("media/photo.jpg", "  "), /needs alt text/],
    ["a missing file", input("media/gone.jpg"), /is not there: put the image at seeds\/media\/gone\.jpg/],
    ["a file outside media/", input("../secret.jpg"), /must be a file in the seeds folder's media\/ folder/],
    ["an absolute path", input("/etc/passwd"), /must be a file in the seeds folder's media\/ folder/],
    [
      "an SVG, which can carry script",
      input("media/logo.svg"),
      /not a JPEG, PNG, WebP, AVIF or GIF image \(SVG is not taken/,
    ],
    ["a text file named .jpg", input("media/fake.jpg"), /not a JPEG, PNG/],
    ["an http address", input("http://example.org/a.jpg"), /give a file under media\/ or an https URL/],
    ["a data: URL", input("data:image/png;base64,AAAA"), /give a file under media\/ or an https URL/],
    ["a javascript: URL", input("javascript:alert(1)"), /give a file under media\/ or an https URL/],
  ])("refuses %s, naming the file, the line and the field", (_, given, message) => {
    project({ "media/photo.jpg": JPEG, "media/logo.svg": SVG, "media/fake.jpg": "not an image" });
    const { media, problems } = resolve([given]);
    expect(media).toEqual([]);
    expect(problems).toEqual([
      { file: "seeds/s.md", record: "line 3", field: "image", message: expect.stringMatching(message) },
    ]);
  });

  it("asks for a remote image it does not hold yet, and takes it from the cache once it does", () => {
    project({});
    const url = "https://images.example.org/a.jpg";
    expect(resolve([input(url)])).toEqual({ media: [], problems: [], pending: [url] });
    mkdirSync(cache(), { recursive: true });
    // The cache names a file by the hash of its URL.
    const name = createHash("sha256").update(url).digest("hex").slice(0, 24);
    writeFileSync(join(cache(), `${name}.jpg`), JPEG);
    expect(cachedFile(cache(), url)).toBe(join(cache(), `${name}.jpg`));
    expect(resolve([input(url)]).media).toEqual([
      { key: "m1", alt: "What it shows", file: `.media-cache/${name}.jpg`, url },
    ]);
  });
});

describe("fetchRemote(): a remote image fetched once, from a server standing in for another origin", () => {
  let server: Server;
  let origin = "";
  const tls = (name: string) => readFileSync(new URL(`../../test/tls/${name}`, import.meta.url));
  beforeAll(async () => {
    server = createServer({ key: tls("key.pem"), cert: tls("cert.pem") }, (req, res) => {
      const path = req.url ?? "";
      if (path === "/photo.jpg") res.end(Buffer.concat([JPEG, Buffer.alloc(1000)]));
      else if (path === "/page.html") res.end("<html><script>alert(1)</script></html>");
      else if (path === "/logo.svg") res.end(SVG);
      else if (path === "/moved.jpg") res.writeHead(301, { location: "/photo.jpg" }).end();
      else if (path === "/downgrade.jpg") res.writeHead(302, { location: "http://127.0.0.1/photo.jpg" }).end();
      else if (path === "/huge.jpg") {
        res.write(JPEG);
        const chunk = Buffer.alloc(1_000_000);
        let sent = 0;
        const more = () => {
          while (sent <= MAX_REMOTE_BYTES && res.write(chunk)) sent += chunk.length;
          if (sent <= MAX_REMOTE_BYTES) res.once("drain", more);
          else res.end();
        };
        more();
      } else res.writeHead(404).end();
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server.close());

  it("keeps a real image, under the hash of its URL, and follows an https redirect", async () => {
    project({});
    const failed = await fetchRemote([`${origin}/photo.jpg`, `${origin}/moved.jpg`], cache(), { ca: tls("cert.pem") });
    expect(failed).toEqual(new Map());
    expect(readdirSync(cache()).sort()).toEqual(
      [cachedFile(cache(), `${origin}/photo.jpg`), cachedFile(cache(), `${origin}/moved.jpg`)]
        .map((p) => p?.split("/").at(-1))
        .sort(),
    );
  });

  it("refuses what is not an image, an SVG, a missing file, a redirect to http and an image over the limit, saying why", async () => {
    project({});
    const urls = ["page.html", "logo.svg", "gone.jpg", "downgrade.jpg", "huge.jpg"].map((p) => `${origin}/${p}`);
    const failed = await fetchRemote(urls, cache(), { ca: tls("cert.pem") });
    expect([...failed.values()]).toEqual([
      "what it sent is not a JPEG, PNG, WebP, AVIF or GIF image",
      "what it sent is not a JPEG, PNG, WebP, AVIF or GIF image",
      "the server answered 404",
      "it redirects to http: (only https is fetched)",
      "it is larger than 20 MB",
    ]);
    expect(readdirSync(cache())).toEqual([]);
  });

  it("does not trust a certificate it was not told to", async () => {
    project({});
    const failed = await fetchRemote([`${origin}/photo.jpg`], cache());
    expect(failed.get(`${origin}/photo.jpg`)).toMatch(/certificate/);
  });
});
