package io.github.eparcours.mss.xdm;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.mss.MssErrors;
import io.github.eparcours.mss.internal.CoreXdmMetadataCodec;
import io.github.eparcours.mss.internal.XdmMetadataCodec;
import io.github.eparcours.mss.internal.XdmMetadataCodec.DocumentFacts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an {@code IHE_XDM.ZIP}: {@code INDEX.HTM}, {@code README.TXT} and
 * {@code IHE_XDM/<subset>/METADATA.XML} with the documents, the SHA-1 hash and size of each
 * document written in the metadata from the very bytes put in the archive.
 *
 * <p>Stateless and thread-safe. Media types that are already compressed (PDF, images, ZIP) are
 * stored; the others are deflated at the fastest level.
 *
 * @since 0.1
 */
public final class XdmWriter {

  /** The file name MSSanté expects for the attachment. */
  public static final String FILE_NAME = "IHE_XDM.ZIP";
  /** The media type of the attachment. */
  public static final String MEDIA_TYPE = "application/zip";

  private static final Set<String> STORED = Set.of("application/pdf", "image/jpeg", "image/png",
      "application/zip", "application/dicom", "image/gif");
  private static final XMLOutputFactory XML = XMLOutputFactory.newDefaultFactory();
  private static final XdmMetadataCodec CODEC = CoreXdmMetadataCodec.INSTANCE;

  private XdmWriter() {}

  /**
   * Writes the archive to a stream (not closed).
   *
   * @param pkg the package, not null
   * @param out where to write, not null
   * @throws EparcoursClientException {@code MSS-0510} if the archive could not be written
   */
  public static void write(XdmPackage pkg, OutputStream out) {
    try {
      StrategyZipOutputStream zip = new StrategyZipOutputStream(out);
      zip.setLevel(Deflater.BEST_SPEED);
      String folder = "IHE_XDM/" + pkg.subsetName() + "/";
      List<DocumentFacts> facts = new ArrayList<>(pkg.documents().size());
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      for (XdmDocument d : pkg.documents()) {
        byte[] content = d.rawContent();
        String hash = HexFormat.of().formatHex(sha1.digest(content));
        facts.add(new DocumentFacts(d.fileName(), hash, content.length, d.mediaType(),
            d.cdaTypeCode().orElse(null), d.cdaTypeCodeSystem().orElse(null), null));
      }
      put(zip, "README.TXT", readme(pkg), false);
      put(zip, "INDEX.HTM", index(pkg, folder), false);
      put(zip, folder + "METADATA.XML", CODEC.write(pkg, facts), false);
      Probe probe = new Probe();
      try {
        for (XdmDocument d : pkg.documents()) {
          boolean stored = STORED.contains(d.mediaType().toLowerCase(Locale.ROOT));
          if (!stored) {
            zip.strategy(probe.strategyFor(d.rawContent()));
          }
          put(zip, folder + d.fileName(), d.rawContent(), stored);
        }
      } finally {
        probe.end();
      }
      zip.finish();
    } catch (IOException e) {
      throw new EparcoursClientException(MssErrors.XDM_INVALID_PACKAGE,
          "IHE_XDM.ZIP could not be written: " + e.getMessage(), e, false);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is required of every JDK", e);
    }
  }

  /**
   * Returns the archive as bytes. The package keeps its archive once written, so a package
   * sent to several recipients or sent again is compressed and hashed once.
   *
   * @param pkg the package, not null
   * @return a fresh copy of the ZIP bytes
   * @throws EparcoursClientException {@code MSS-0510} if the archive could not be written
   */
  public static byte[] toBytes(XdmPackage pkg) {
    return pkg.archive().clone();
  }

  static byte[] render(XdmPackage pkg) {
    int estimate = 4096;
    for (XdmDocument d : pkg.documents()) {
      estimate += d.size() + 256;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(estimate);
    write(pkg, out);
    return out.toByteArray();
  }

  /** A ZIP stream whose deflate strategy can change between entries. */
  private static final class StrategyZipOutputStream extends ZipOutputStream {
    StrategyZipOutputStream(OutputStream out) {
      super(out, StandardCharsets.UTF_8);
    }

    void strategy(int strategy) {
      def.setStrategy(strategy);
    }
  }

  /**
   * Chooses the deflate strategy of a document from its first 32 KiB. Text with repeated
   * structure (CDA markup) gains from LZ77 matching; base64-encoded binaries (a PDF embedded in a
   * CDA) do not, and Huffman coding alone compresses them as well about ten times faster.
   */
  private static final class Probe {
    private static final int SAMPLE = 32 * 1024;
    private final Deflater lz = new Deflater(Deflater.BEST_SPEED, true);
    private final Deflater huffman = new Deflater(Deflater.BEST_SPEED, true);
    private final byte[] scratch = new byte[SAMPLE + 1024];

    Probe() {
      huffman.setStrategy(Deflater.HUFFMAN_ONLY);
    }

    int strategyFor(byte[] content) {
      int n = Math.min(content.length, SAMPLE);
      if (n < 4096) {
        return Deflater.DEFAULT_STRATEGY;
      }
      long lzSize = compressedSize(lz, content, n);
      long huffmanSize = compressedSize(huffman, content, n);
      return lzSize * 100 < huffmanSize * 90 ? Deflater.DEFAULT_STRATEGY : Deflater.HUFFMAN_ONLY;
    }

    private long compressedSize(Deflater d, byte[] content, int n) {
      d.reset();
      d.setInput(content, 0, n);
      d.finish();
      long size = 0;
      while (!d.finished()) {
        size += d.deflate(scratch);
      }
      return size;
    }

    void end() {
      lz.end();
      huffman.end();
    }
  }

  private static void put(ZipOutputStream zip, String name, byte[] content, boolean stored)
      throws IOException {
    ZipEntry e = new ZipEntry(name);
    if (stored) {
      CRC32 crc = new CRC32();
      crc.update(content);
      e.setMethod(ZipEntry.STORED);
      e.setSize(content.length);
      e.setCompressedSize(content.length);
      e.setCrc(crc.getValue());
    }
    zip.putNextEntry(e);
    zip.write(content);
    zip.closeEntry();
  }

  private static byte[] readme(XdmPackage pkg) {
    StringBuilder sb = new StringBuilder(256);
    sb.append("IHE XDM archive (IHE ITI-32, ZIP over e-mail)\r\n");
    sb.append("Sender software: ").append(pkg.senderSoftware().replaceAll("[\\r\\n]+", " "))
        .append("\r\n");
    sb.append("Created: ").append(DateTimeFormatter.ISO_INSTANT.format(pkg.submissionTime()))
        .append("\r\n");
    sb.append("Content: IHE_XDM/").append(pkg.subsetName()).append(" (")
        .append(pkg.documents().size()).append(" documents, described in METADATA.XML)\r\n");
    sb.append("Open INDEX.HTM for links to the documents.\r\n");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] index(XdmPackage pkg, String folder) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    try {
      XMLStreamWriter w = XML.createXMLStreamWriter(out, "UTF-8");
      w.writeStartElement("html");
      w.writeDefaultNamespace("http://www.w3.org/1999/xhtml");
      w.writeStartElement("head");
      w.writeStartElement("meta");
      w.writeAttribute("charset", "UTF-8");
      w.writeEndElement();
      w.writeStartElement("title");
      w.writeCharacters("IHE XDM");
      w.writeEndElement();
      w.writeEndElement();
      w.writeStartElement("body");
      w.writeStartElement("h1");
      w.writeCharacters("IHE XDM - " + pkg.documents().size() + " document(s)");
      w.writeEndElement();
      w.writeStartElement("ul");
      for (XdmDocument d : pkg.documents()) {
        w.writeStartElement("li");
        w.writeStartElement("a");
        w.writeAttribute("href", folder + d.fileName());
        w.writeCharacters(d.fileName());
        w.writeEndElement();
        w.writeCharacters(" (" + d.mediaType() + ", " + d.size() + " bytes)");
        w.writeEndElement();
      }
      w.writeStartElement("li");
      w.writeStartElement("a");
      w.writeAttribute("href", folder + "METADATA.XML");
      w.writeCharacters("METADATA.XML");
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndElement();
      w.writeStartElement("p");
      w.writeCharacters(pkg.senderSoftware());
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndElement();
      w.close();
    } catch (XMLStreamException e) {
      throw new EparcoursClientException(MssErrors.XDM_INVALID_PACKAGE,
          "INDEX.HTM could not be written: " + e.getMessage(), e, false);
    }
    return out.toByteArray();
  }
}
