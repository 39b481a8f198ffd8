<?xml version="1.0" encoding="UTF-8"?>
<!--
  The ODDs of Best Practices for TEI in Libraries v4 (src/triglot/library/tei-in-libraries/) -> one ISO
  Schematron schema of the header rules at Level 4, so that they can be checked
  without Java (the ODDs come with no compiled schema).

  Input: the header chapter ODD; $level4 names the Level 4 ODD beside it. Derived:
  - every Schematron constraint of the header chapter, as written (a rule without a
    context gets the element its elementSpec changes);
  - from each elementSpec of the header chapter: required attributes (usage="req"),
    closed value lists of attributes, and content models that are a plain sequence
    of elements (allowed children, their order, how many of each) or one element;
  - from the Level 4 ODD: the rules on the TEI element and the header only
    (no-rend-in-header, the TEI content model). The text of this edition is at
    Level 5 (full TEI P5), so Level 4's rules on the text do not apply; for the same
    reason onlyAllowedAttrs, whose context is every TEI attribute, is applied to
    the header.
  Every pattern keeps the ODD's ident as its @id, so a finding names its rule.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:s="http://purl.oclc.org/dsdl/schematron"
    xmlns:lib="https://w3id.org/triglot/ns/library"
    exclude-result-prefixes="xs tei lib">

  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>
  <xsl:param name="level4" as="xs:string" select="'bptl-L4.odd'"/>

  <xsl:variable name="header-odd" select="/"/>
  <xsl:variable name="l4-odd" select="doc(resolve-uri($level4, base-uri(/)))"/>
  <!-- Elements the ODD defines under another name (altIdent): BPTL.required.prefixDef is a prefixDef. -->
  <xsl:variable name="alt" select="map:merge(//tei:elementSpec[tei:altIdent] ! map { string(@ident): string(tei:altIdent) })"
      xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>

  <xsl:template match="/">
    <s:schema queryBinding="xslt2">
      <s:title>Best Practices for TEI in Libraries v4: header rules at Level 4, derived from the ODDs</s:title>
      <s:ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>
      <xsl:apply-templates select="//tei:constraintSpec[@scheme = 'schematron'][.//s:rule | .//s:assert | .//s:report]"/>
      <xsl:apply-templates select="//tei:elementSpec[@mode = ('change', 'replace')][not(tei:altIdent)]" mode="derive"/>
      <xsl:apply-templates select="$l4-odd//tei:elementSpec[@ident = 'TEI']//tei:constraintSpec[@scheme = 'schematron']"/>
      <xsl:call-template name="listPrefixDef"/>
    </s:schema>
  </xsl:template>

  <!-- A constraint as the ODD writes it. -->
  <xsl:template match="tei:constraintSpec">
    <xsl:variable name="element" select="ancestor::tei:elementSpec[1]/@ident"/>
    <s:pattern id="{@ident}">
      <xsl:for-each select="tei:constraint/s:rule">
        <s:rule context="{lib:context(@context, ancestor::tei:constraintSpec[1]/@ident)}">
          <xsl:apply-templates select="s:assert | s:report | s:let" mode="rule"/>
        </s:rule>
      </xsl:for-each>
      <xsl:if test="tei:constraint/(s:assert | s:report)">
        <s:rule context="tei:{$element}">
          <xsl:apply-templates select="tei:constraint/(s:assert | s:report)" mode="rule"/>
        </s:rule>
      </xsl:if>
    </s:pattern>
  </xsl:template>

  <!-- Schematron copied as written; TEI markup in a message (gi, att) becomes its text. -->
  <xsl:template match="s:*" mode="rule">
    <xsl:copy copy-namespaces="no"><xsl:copy-of select="@*"/><xsl:apply-templates mode="rule"/></xsl:copy>
  </xsl:template>
  <xsl:template match="tei:gi" mode="rule">&lt;<xsl:value-of select="."/>&gt;</xsl:template>
  <xsl:template match="tei:att" mode="rule">@<xsl:value-of select="."/></xsl:template>
  <xsl:template match="tei:*" mode="rule"><xsl:value-of select="."/></xsl:template>

  <xsl:function name="lib:context" as="xs:string">
    <xsl:param name="context" as="xs:string"/>
    <xsl:param name="ident" as="xs:string"/>
    <xsl:sequence select="if ($ident = 'onlyAllowedAttrs') then 'tei:teiHeader//@*' else $context"/>
  </xsl:function>

  <!-- What an elementSpec says in its content model and attribute list. -->
  <xsl:template match="tei:elementSpec" mode="derive">
    <xsl:variable name="gi" select="string(@ident)"/>
    <xsl:variable name="required" select="tei:attList/tei:attDef[@usage = 'req'][not(@mode = 'delete')]"/>
    <xsl:variable name="closed" select="tei:attList/tei:attDef[tei:valList[@type = 'closed']][not(@mode = 'delete')]"/>
    <xsl:variable name="content" select="tei:content/*"/>
    <xsl:if test="exists($required) or exists($closed) or lib:simple($content)">
      <s:pattern id="bptl-{$gi}">
        <s:rule context="tei:{$gi}">
          <xsl:for-each select="$required">
            <s:assert test="@{@ident}">&lt;<xsl:value-of select="$gi"/>&gt; must have @<xsl:value-of select="@ident"/> (TEI in Libraries).</s:assert>
          </xsl:for-each>
          <xsl:for-each select="$closed">
            <xsl:variable name="values" select="tei:valList/tei:valItem/@ident ! string(.)"/>
            <s:assert test="not(@{@ident}) or @{@ident} = ({string-join($values ! ('''' || replace(., '''', '''''') || ''''), ', ')})">
              @<xsl:value-of select="@ident"/> of &lt;<xsl:value-of select="$gi"/>&gt; must be one of: <xsl:value-of select="string-join($values, ', ')"/> (TEI in Libraries).</s:assert>
          </xsl:for-each>
          <xsl:apply-templates select="$content[lib:simple($content)]" mode="content">
            <xsl:with-param name="gi" select="$gi"/>
          </xsl:apply-templates>
        </s:rule>
      </s:pattern>
    </xsl:if>
  </xsl:template>

  <!-- A content model this derivation can state: one element, or a sequence of elements in order. -->
  <xsl:function name="lib:simple" as="xs:boolean">
    <xsl:param name="content" as="element()*"/>
    <xsl:sequence select="count($content) = 1 and ($content/self::tei:elementRef
                          or $content/self::tei:sequence[not(@preserveOrder = 'false')][every $c in * satisfies $c/self::tei:elementRef])"/>
  </xsl:function>

  <xsl:template match="tei:elementRef" mode="content">
    <xsl:param name="gi" as="xs:string"/>
    <xsl:variable name="child" select="lib:name(@key)"/>
    <s:assert test="count(*) = 1 and tei:{$child}">&lt;<xsl:value-of select="$gi"/>&gt; must contain exactly one &lt;<xsl:value-of select="$child"/>&gt; and nothing else (TEI in Libraries).</s:assert>
  </xsl:template>

  <xsl:template match="tei:sequence" mode="content">
    <xsl:param name="gi" as="xs:string"/>
    <xsl:variable name="children" select="tei:elementRef ! lib:name(@key)"/>
    <s:assert test="every $c in * satisfies local-name($c) = ({string-join($children ! ('''' || . || ''''), ', ')})">&lt;<xsl:value-of select="$gi"/>&gt; may contain only <xsl:value-of select="string-join($children, ', ')"/> (TEI in Libraries); found <s:value-of select="string-join(distinct-values(*[not(local-name() = ({string-join($children ! ('''' || . || ''''), ', ')}))] ! local-name()), ', ')"/>.</s:assert>
    <s:assert test="deep-equal(distinct-values(*[local-name() = ({string-join($children ! ('''' || . || ''''), ', ')})] ! local-name()), ({string-join($children ! ('''' || . || ''''), ', ')})[. = current()/*/local-name()])">The children of &lt;<xsl:value-of select="$gi"/>&gt; must come in this order: <xsl:value-of select="string-join($children, ', ')"/> (TEI in Libraries).</s:assert>
    <xsl:for-each select="tei:elementRef">
      <xsl:variable name="min" select="xs:integer((@minOccurs, 1)[1])"/>
      <xsl:variable name="max" select="(@maxOccurs, '1')[1]"/>
      <xsl:if test="$min gt 0">
        <s:assert test="count(tei:{lib:name(@key)}) ge {$min}">&lt;<xsl:value-of select="$gi"/>&gt; must contain &lt;<xsl:value-of select="lib:name(@key)"/>&gt; (TEI in Libraries).</s:assert>
      </xsl:if>
      <xsl:if test="$max != 'unbounded'">
        <s:assert test="count(tei:{lib:name(@key)}) le {$max}">&lt;<xsl:value-of select="$gi"/>&gt; may contain at most <xsl:value-of select="$max"/> &lt;<xsl:value-of select="lib:name(@key)"/>&gt; (TEI in Libraries).</s:assert>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>

  <xsl:function name="lib:name" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="($alt($key), $key)[1]"/>
  </xsl:function>

  <!-- listPrefixDef: the bptl prefix definition first, with the practice's pattern (BPTL.required.prefixDef). -->
  <xsl:template name="listPrefixDef">
    <xsl:variable name="spec" select="$header-odd//tei:elementSpec[@ident = 'BPTL.required.prefixDef']"/>
    <xsl:variable name="match" select="$spec//tei:attDef[@ident = 'matchPattern']//tei:valItem/@ident"/>
    <s:pattern id="BPTL.required.prefixDef">
      <s:rule context="tei:teiHeader/tei:encodingDesc">
        <s:assert test="tei:listPrefixDef[1]/tei:prefixDef[1][@ident = 'bptl'][@matchPattern = '{$match}']">The first
          prefixDef of the header must define the prefix bptl with matchPattern="<xsl:value-of select="$match"/>" (TEI in Libraries).</s:assert>
      </s:rule>
    </s:pattern>
  </xsl:template>
</xsl:stylesheet>
