package org.broadsheet.pdf;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The archive edition's XMP packet (ISO 16684-1), written as text so that it is byte-for-byte
 * reproducible: PDF/A identification (pdfaid part 2, conformance U), PDF/UA identification
 * (pdfuaid part 1, declared through a PDF/A extension schema as ISO 19005-2 6.6.2.3 requires for
 * properties outside the predefined schemas), Dublin Core title, creator, publisher, language,
 * description and source, and the dates and producer the Info dictionary repeats (6.6.3).
 */
final class ArchiveMetadata {
  static final String LANGUAGE = "zh-CN";

  private ArchiveMetadata() {}

  /** The Info Subject and dc:description: the supplied headlines and the source's hash. */
  static String description(EditionInfo info) {
    StringBuilder sb = new StringBuilder();
    if (info.suppliedHeadlines().isEmpty()) {
      sb.append("编辑未补拟标题。");
    } else {
      sb.append("编辑补拟的标题：").append(String.join("；", info.suppliedHeadlines()))
          .append("。");
    }
    sb.append(" Source SHA-256: ").append(info.sourceSha256());
    return sb.toString();
  }

  static String isoDate(long epochSeconds) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
        Instant.ofEpochSecond(epochSeconds).atOffset(ZoneOffset.UTC)).replace("Z", "+00:00");
  }

  static byte[] xmp(EditionInfo info) {
    String date = isoDate(info.epochSeconds());
    String creator = info.publisher() == null ? "" : """
          <dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>
          <dc:publisher><rdf:Bag><rdf:li>%s</rdf:li></rdf:Bag></dc:publisher>
        """.formatted(esc(info.publisher()), esc(info.publisher()));
    String xml = """
        <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
        <x:xmpmeta xmlns:x="adobe:ns:meta/">
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
        <rdf:Description rdf:about=""
            xmlns:dc="http://purl.org/dc/elements/1.1/"
            xmlns:xmp="http://ns.adobe.com/xap/1.0/"
            xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
            xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
            xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"
            xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
            xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
            xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
          <pdfaid:part>2</pdfaid:part>
          <pdfaid:conformance>U</pdfaid:conformance>
          <pdfuaid:part>1</pdfuaid:part>
          <dc:format>application/pdf</dc:format>
          <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
        %s  <dc:language><rdf:Bag><rdf:li>%s</rdf:li></rdf:Bag></dc:language>
          <dc:description><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:description>
          <dc:source>sha256:%s</dc:source>
          <xmp:CreateDate>%s</xmp:CreateDate>
          <xmp:ModifyDate>%s</xmp:ModifyDate>
          <xmp:MetadataDate>%s</xmp:MetadataDate>
          <xmp:CreatorTool>%s</xmp:CreatorTool>
          <pdf:Producer>%s</pdf:Producer>
          <pdfaExtension:schemas>
            <rdf:Bag>
              <rdf:li rdf:parseType="Resource">
                <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                <pdfaSchema:property>
                  <rdf:Seq>
                    <rdf:li rdf:parseType="Resource">
                      <pdfaProperty:name>part</pdfaProperty:name>
                      <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                      <pdfaProperty:category>internal</pdfaProperty:category>
                      <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
                    </rdf:li>
                  </rdf:Seq>
                </pdfaSchema:property>
              </rdf:li>
            </rdf:Bag>
          </pdfaExtension:schemas>
        </rdf:Description>
        </rdf:RDF>
        </x:xmpmeta>
        <?xpacket end="w"?>
        """.formatted(esc(info.title()), creator, LANGUAGE, esc(description(info)),
        esc(info.sourceSha256()), date, date, date, esc(info.producer()),
        esc(info.producer()));
    return xml.getBytes(StandardCharsets.UTF_8);
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
