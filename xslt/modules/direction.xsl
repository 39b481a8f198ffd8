<?xml version="1.0" encoding="UTF-8"?>
<!-- Writing direction as data: $rtl-languages lists the right-to-left languages among the
     edition's (CLDR's, computed by triglot.i18n.rtl_languages). A page is made first, then
     copied in mode "direction", which gives `dir` to every element whose language is written
     the other way from the text around it (the root gets its own): a Persian or Arabic column
     beside a French one, an English label inside a Persian cell, the page of a Persian
     interface. Nothing else in the stylesheets needs to know a language's direction. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tg="urn:triglot:web"
    exclude-result-prefixes="#all">

  <xsl:param name="rtl-languages" as="xs:string" select="''"/>

  <!-- tg:dir(lang): 'rtl' for a language of $rtl-languages, or a tag of one that names a region
       (fa-IR) but no script: a tag with a script subtag (fa-Latn, romanised Persian) is written in
       that script, and is right to left only when listed itself (triglot.i18n.direction). -->
  <xsl:function name="tg:dir" as="xs:string">
    <xsl:param name="lang" as="xs:string?"/>
    <xsl:variable name="rtl" select="tokenize($rtl-languages)"/>
    <xsl:variable name="scripted" select="some $part in tail(tokenize($lang, '-')) satisfies matches($part, '^[A-Za-z]{4}$')"/>
    <xsl:sequence select="if (exists($rtl) and ($lang = $rtl or (not($scripted) and substring-before($lang, '-') = $rtl)))
                          then 'rtl' else 'ltr'"/>
  </xsl:function>

  <xsl:mode name="direction" on-no-match="shallow-copy"/>

  <xsl:template match="*[@lang or @xml:lang or @dir]" mode="direction">
    <xsl:param name="dir" as="xs:string" select="''" tunnel="yes"/>
    <xsl:variable name="mine" as="xs:string"
        select="if (@dir) then string(@dir) else tg:dir(string((@lang, @xml:lang)[1]))"/>
    <xsl:copy>
      <xsl:apply-templates select="@*" mode="direction"/>
      <xsl:if test="not(@dir) and $mine != $dir"><xsl:attribute name="dir" select="$mine"/></xsl:if>
      <xsl:apply-templates mode="direction">
        <xsl:with-param name="dir" select="if ($mine = 'auto') then $dir else $mine" tunnel="yes"/>
      </xsl:apply-templates>
    </xsl:copy>
  </xsl:template>
</xsl:stylesheet>
