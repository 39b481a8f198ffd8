<?xml version="1.0" encoding="UTF-8"?>
<!-- Block-level rendering shared by the outputs: which HTML element a TEI block becomes
     and its content (mode "block"). The same rule renders an English block and the
     Russian or Armenian slot that translates it (passed as $as, the block it stands for). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tg="urn:triglot:web"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:mode name="block" on-no-match="shallow-skip"/>

  <!-- Main headings become h2 (h3 inside an archival document); everything else a p. -->
  <xsl:function name="tg:block-element" as="xs:string">
    <xsl:param name="block" as="element()"/>
    <xsl:sequence select="
      if ($block/self::tei:head[not(@type = 'sub')])
      then 'h' || min((6, 1 + count($block/ancestor::tei:div[@type = ('base', 'document')])))
      else 'p'"/>
  </xsl:function>

  <xsl:function name="tg:block-class" as="xs:string">
    <xsl:param name="block" as="element()"/>
    <xsl:sequence select="string-join(('tei-' || local-name($block),
        $block/@type ! ('type-' || .), $block/@rend ! ('rend-' || .)), ' ')"/>
  </xsl:function>

  <!-- $as: the English block this element renders (itself, or the block a slot translates). -->
  <xsl:template match="*" mode="block">
    <xsl:param name="as" as="element()" select="."/>
    <xsl:param name="lang" as="xs:string" required="yes"/>
    <xsl:element name="{tg:block-element($as)}">
      <xsl:attribute name="class" select="tg:block-class($as)"/>
      <!-- a passage of the base text in another language (a Dutch paragraph quoted in an English
           letter, xml:lang on the block) is marked as such; a slot is in its column's language -->
      <xsl:attribute name="lang" select="(@xml:lang, $lang)[1]"/>
      <xsl:apply-templates mode="inline"/>
    </xsl:element>
  </xsl:template>
</xsl:stylesheet>
