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
  <!-- A numbered division (a treaty's article: div with @n, tei/ENCODING.md "The text"): its number
       is the editors' (@n), its text keeps what the source prints. tg:number-typed says whether the
       division's first block ($first) already begins with that number ("18. Surrender of …", "(18)", "18)"),
       or with a word and the number, followed by a stop or nothing ("ARTICLE 88." over its text, "Статья 20.
       …", as journey 26's Treaty of Sèvres prints them; not "Within 18 days"),
       so that an output showing the number does not show it twice. -->
  <xsl:function name="tg:number-typed" as="xs:boolean">
    <xsl:param name="div" as="element()"/>
    <xsl:param name="first" as="element()?"/>
    <xsl:variable name="n" select="normalize-space($div/@n)"/>
    <xsl:variable name="start" select="normalize-space(string-join($first//text()[not(ancestor::tei:note)]))"/>
    <xsl:variable name="worded" select="replace($start, '^\p{L}+\.?\s+', '')"/>
    <xsl:sequence select="$n != '' and ((starts-with($start, $n) or starts-with($start, '(' || $n))
        and matches(substring-after($start, $n), '^([.):]|\s|$)')
        or $worded != $start and starts-with($worded, $n) and matches(substring-after($worded, $n), '^([.):]|$)'))"/>
  </xsl:function>

  <!-- The anchor of a numbered division (mudros.en.n18): derived once, in Python, by
       triglot.addresses.division_anchor, which validate also uses to refuse an anchor that clashes with
       an id; the web build hands it to the page as the division's tg:anchor (web/data.py). -->
  <xsl:function name="tg:division-anchor" as="xs:string">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="string($div/@tg:anchor)"/>
  </xsl:function>
</xsl:stylesheet>
