import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { finished } from "node:stream/promises";
import { crc32, createDeflateRaw } from "node:zlib";

// The paragraphs of an honest, very long plan: a few hundred sentences of plan prose, numbered,
// so the XML compresses as a real document does (about 25 to 30 times), not as one repeated byte.
const subjects = [
  "Tổ chức tuyên truyền kỷ niệm 70 năm Ngày Giải phóng Thủ đô",
  "Phối hợp tổ chức hội nghị gặp mặt cán bộ lão thành cách mạng",
  "Hoàn thành báo cáo kết quả thực hiện kế hoạch",
  "Tổ chức các hoạt động văn hóa, thể thao, du lịch",
  "Chỉnh trang đô thị, vệ sinh môi trường tại các tuyến phố",
  "Khen thưởng các tập thể, cá nhân có thành tích xuất sắc",
  "Tổ chức hội thi tìm hiểu lịch sử truyền thống của quận",
  "Treo cờ, băng rôn, khẩu hiệu tuyên truyền tại các khu dân cư",
];
const places = [
  "phường Hạ Đình",
  "phường Kim Giang",
  "phường Khương Đình",
  "phường Thanh Xuân Trung",
  "các tổ dân phố",
];
const times = [
  "Quý III/2024",
  "Tháng 9/2024",
  "Hoàn thành trước ngày 30/11/2024",
  "Từ tháng 8 đến tháng 10/2024",
];

function paragraph(i: number): string {
  const s = subjects[i % subjects.length];
  const p = places[(i >> 3) % places.length];
  const t = times[(i >> 5) % times.length];
  return `<w:p><w:r><w:t>${i}. ${s} tại ${p}; thời gian: ${t}.</w:t></w:r></w:p>`;
}

/** What {@link writeLargeDocx} wrote. */
export interface LargeDocx {
  /** Bytes of `word/document.xml` once inflated. */
  xmlBytes: number;
  /** Bytes of the .docx file. */
  fileBytes: number;
}

const u16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
};
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};

/**
 * Writes a .docx to `path` whose `word/document.xml` holds about `xmlBytes`
 * of ordinary numbered paragraphs. Streaming: the XML is made in 1 MiB
 * pieces, deflated by zlib and written as it comes (a zip entry with a data
 * descriptor), so neither the XML nor the archive is ever whole in memory.
 */
export async function writeLargeDocx(path: string, xmlBytes: number): Promise<LargeDocx> {
  const out = createWriteStream(path);
  let offset = 0;
  const write = async (chunk: Buffer) => {
    offset += chunk.length;
    if (!out.write(chunk)) await once(out, "drain");
  };
  const entries: { name: Buffer; crc: number; size: number; compressed: number; at: number }[] = [];
  const entry = async (fileName: string, pieces: () => Generator<Buffer>) => {
    const name = Buffer.from(fileName);
    const at = offset;
    // Local header: version 2.0, flags 0x0808 (data descriptor follows, UTF-8 name), deflate.
    await write(
      Buffer.concat([
        u32(0x04034b50),
        u16(20),
        u16(0x0808),
        u16(8),
        u16(0),
        u16(0x21),
        u32(0),
        u32(0),
        u32(0),
        u16(name.length),
        u16(0),
        name,
      ]),
    );
    const deflate = createDeflateRaw({ level: 6 });
    let compressed = 0;
    const drained = (async () => {
      for await (const chunk of deflate) {
        compressed += (chunk as Buffer).length;
        await write(chunk as Buffer);
      }
    })();
    let crc = 0;
    let size = 0;
    for (const piece of pieces()) {
      crc = crc32(piece, crc);
      size += piece.length;
      if (!deflate.write(piece)) await once(deflate, "drain");
    }
    deflate.end();
    await drained;
    await write(Buffer.concat([u32(0x08074b50), u32(crc), u32(compressed), u32(size)]));
    entries.push({ name, crc, size, compressed, at });
    return size;
  };
  await entry("[Content_Types].xml", function* () {
    yield Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    );
  });
  const written = await entry("word/document.xml", function* () {
    yield Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>',
    );
    let size = 0;
    let i = 1;
    while (size < xmlBytes) {
      const parts: string[] = [];
      for (let n = 0; n < 8192; n++) parts.push(paragraph(i++));
      const piece = Buffer.from(parts.join(""));
      size += piece.length;
      yield piece;
    }
    yield Buffer.from("</w:body></w:document>");
  });
  const directoryAt = offset;
  for (const e of entries) {
    await write(
      Buffer.concat([
        u32(0x02014b50),
        u16(20),
        u16(20),
        u16(0x0808),
        u16(8),
        u16(0),
        u16(0x21),
        u32(e.crc),
        u32(e.compressed),
        u32(e.size),
        u16(e.name.length),
        u16(0),
        u16(0),
        u16(0),
        u16(0),
        u32(0),
        u32(e.at),
        e.name,
      ]),
    );
  }
  const directorySize = offset - directoryAt;
  await write(
    Buffer.concat([
      u32(0x06054b50),
      u16(0),
      u16(0),
      u16(entries.length),
      u16(entries.length),
      u32(directorySize),
      u32(directoryAt),
      u16(0),
    ]),
  );
  out.end();
  await finished(out);
  return { xmlBytes: written, fileBytes: offset };
}
