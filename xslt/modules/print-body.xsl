<?xml version="1.0" encoding="UTF-8"?>
<!--
  Print edition, body: each TEI document with its heading, date and place, source and
  archival references, then its blocks as rows of one table, one column per language.
  Tables are used because WeasyPrint breaks table rows across pages, not grid or flex rows.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:t="http://www.tei-c.org/ns/1.0"
    xmlns:b="urn:triglot:print"
    xmlns:tg="urn:triglot:web"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:mode name="body" on-no-match="shallow-skip"/>
  <xsl:mode name="row" on-no-match="shallow-skip"/>

  <!-- Elements translated as a whole (triglot.tei.BLOCK_TAGS); notes become footnotes. -->
  <xsl:variable name="b:block-tags" as="xs:string+"
      select="('head', 'p', 'item', 'byline', 'dateline', 'bibl', 'trailer', 'ab',
               'docDate', 'salute', 'signed', 'label')"/>

  <xsl:key name="slot" match="t:div[@type='translation']/*"
           use="../@xml:lang || '|' || substring(@corresp, 2)"/>
  <xsl:key name="doc-meta" match="b:doc" use="@id"/>

  <xsl:template match="b:book" mode="body">
    <xsl:param name="langs" as="xs:string+" tunnel="yes"/>
    <body class="body cols-{count($langs)}">
      <xsl:apply-templates select="t:TEI" mode="body"/>
    </body>
  </xsl:template>

  <xsl:template match="t:TEI" mode="body">
    <xsl:param name="langs" as="xs:string+" tunnel="yes"/>
    <xsl:variable name="meta" select="key('doc-meta', @xml:id)"/>
    <xsl:variable name="recto" select="($langs[2], $langs[1])[1]"/>
    <section class="document" id="doc-{@xml:id}">
      <h1 class="doc-title" lang="{$langs[1]}"
          data-verso="{$meta/b:title[@lang = $langs[1]]}" data-recto="{($meta/b:title[@lang = $recto], $meta/b:title[@lang = $langs[1]])[1]}">
        <xsl:value-of select="$meta/b:title[@lang = $langs[1]]"/>
      </h1>
      <xsl:for-each select="$langs[position() gt 1][. = $meta/b:title/@lang]">
        <p class="doc-title-tr" lang="{.}"><xsl:value-of select="$meta/b:title[@lang = current()]"/></p>
      </xsl:for-each>
      <div class="doc-meta">
        <xsl:for-each select="$meta/b:dateplace">
          <p class="dateplace" lang="{@lang}"><xsl:value-of select="."/></p>
        </xsl:for-each>
        <xsl:for-each select="$meta/b:source">
          <p class="doc-source">
            <span class="label"><xsl:sequence select="b:ui-all(., 'Source', $langs)"/>: </span>
            <xsl:apply-templates select="b:run" mode="source-run"/>
          </p>
        </xsl:for-each>
        <xsl:for-each select="$meta/b:archive">
          <p class="doc-archive">
            <span class="label"><xsl:sequence select="b:ui-all(., 'Archival reference', $langs)"/>: </span>
            <xsl:value-of select="."/>
          </p>
        </xsl:for-each>
      </div>
      <table class="parallel">
        <colgroup>
          <!-- Widths that let the columns run about as long (triglot.print.widths). -->
          <xsl:for-each select="$langs">
            <col class="col-{.}" style="width: {$meta/b:column[@lang = current()]/@width}"/>
          </xsl:for-each>
        </colgroup>
        <thead>
          <tr>
            <xsl:for-each select="$langs">
              <th lang="{.}"><xsl:value-of select="$meta/../b:langname[@code = current()]"/></th>
            </xsl:for-each>
          </tr>
        </thead>
        <tbody>
          <xsl:apply-templates mode="row" select="t:text/t:body/t:div[@type = 'base']
              //t:*[local-name() = $b:block-tags]
                   [not(ancestor::t:*[local-name() = ($b:block-tags, 'note')])]"/>
        </tbody>
      </table>
      <xsl:apply-templates select="." mode="endnotes"/>
      <xsl:apply-templates select="$meta[b:omitted]" mode="omitted"/>
    </section>
  </xsl:template>

  <!-- What the edition leaves out of the source (a seed's website furniture, an imported file's
       notes and figures), after the text, as the web page lists it: a reader of the book must know
       that the text printed is not all the source holds. By reason, each with the seed's lines
       (the TEI header and the web page quote them): some sources leave out dozens of lines, and
       their quotes are a website's icons and teasers, not text a reader of the book needs. The
       reasons are the editors' English. -->
  <xsl:template match="b:doc" mode="omitted">
    <xsl:param name="langs" as="xs:string+" tunnel="yes"/>
    <p class="doc-omitted">
      <span class="label"><xsl:sequence select="b:ui-all(., 'Left out of the source, by line of the seed', $langs)"/>: </span>
      <xsl:for-each-group select="b:omitted" group-by="@reason">
        <xsl:if test="position() gt 1"><xsl:text>; </xsl:text></xsl:if>
        <xsl:value-of select="string-join(current-group()/@line[. != ''], ', ')"/>
        <xsl:if test="current-group()/@line[. != ''] and current-grouping-key() != ''">: </xsl:if>
        <xsl:if test="current-grouping-key() != ''">
          <span lang="en"><xsl:value-of select="current-grouping-key()"/></span>
        </xsl:if>
      </xsl:for-each-group>
    </p>
  </xsl:template>

  <!-- One block: its base text beside its slot in every other language of the book. -->
  <xsl:template match="t:*" mode="row">
    <xsl:param name="langs" as="xs:string+" tunnel="yes"/>
    <xsl:variable name="block" select="."/>
    <xsl:variable name="opens" select="ancestor::t:div[normalize-space(@n) != ''][b:first-block(.) is $block]"/>
    <tr id="b-{@xml:id}" class="{string-join(('row', 'k-' || local-name(), @type ! ('t-' || .),
                                   if (ancestor::t:quote) then 'quoted' else (),
                                   if (b:short(., $langs)) then 'short' else ()), ' ')}">
      <xsl:for-each select="$langs">
        <xsl:variable name="lang" select="."/>
        <xsl:choose>
          <xsl:when test="$lang = $base">
            <!-- a base block in another language (a Dutch paragraph quoted in an English letter) -->
            <td class="cell" lang="{($block/@xml:lang, $base)[1]}">
              <xsl:apply-templates select="$block" mode="english">
                <xsl:with-param name="opens" select="$opens" tunnel="yes"/>
              </xsl:apply-templates>
            </td>
          </xsl:when>
          <xsl:otherwise>
            <xsl:apply-templates select="$block" mode="slot-cell">
              <xsl:with-param name="lang" select="$lang"/>
              <xsl:with-param name="slot" select="key('slot', $lang || '|' || $block/@xml:id, root($block))"/>
              <xsl:with-param name="opens" select="$opens" tunnel="yes"/>
            </xsl:apply-templates>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </tr>
  </xsl:template>

  <xsl:mode name="english" on-no-match="shallow-skip"/>
  <xsl:mode name="slot-cell" on-no-match="shallow-skip"/>

  <!-- The first heading of an archival document opens a bookmark of the second level. -->
  <xsl:template match="t:head[parent::t:div[@type = 'document']][not(preceding-sibling::t:head)]"
                mode="english">
    <h2 class="subdoc" id="doc-{../@xml:id}"><xsl:apply-templates mode="inline"/></h2>
  </xsl:template>

  <xsl:template match="t:*" mode="english">
    <p class="blk"><xsl:call-template name="b:division-numbers"><xsl:with-param name="text" select="."/></xsl:call-template><xsl:apply-templates mode="inline"/></p>
  </xsl:template>

  <!-- The first block of a numbered division (a treaty's article, div with @n) begins with the
       division's number, in every column whose text does not already begin with it ("18. Surrender
       …" prints once): a label of its own (span.div-n), so that the tags carry it apart from the text. -->
  <xsl:template name="b:division-numbers">
    <xsl:param name="text" as="element()"/>
    <xsl:param name="opens" as="element()*" tunnel="yes" select="()"/>
    <xsl:for-each select="$opens[not(tg:number-typed(., $text))]">
      <span class="div-n"><xsl:value-of select="normalize-space(@n)"/>.</span><xsl:text> </xsl:text>
    </xsl:for-each>
  </xsl:template>

  <!-- The block a division opens with, as the body's rows are made: the first block not inside another. -->
  <xsl:function name="b:first-block" as="element()?">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="($div//t:*[local-name() = $b:block-tags]
        [not(ancestor::t:*[local-name() = ($b:block-tags, 'note')])])[1]"/>
  </xsl:function>

  <xsl:template match="t:*" mode="slot-cell">
    <xsl:param name="lang" as="xs:string"/>
    <xsl:param name="slot" as="element()?"/>
    <xsl:variable name="state" select="b:state($slot)"/>
    <td class="cell {$state}" lang="{$lang}">
      <xsl:choose>
        <xsl:when test="$state = 'untranslated'">
          <p class="missing"><xsl:sequence select="b:ui-in(., 'Not yet translated', $lang)"/></p>
        </xsl:when>
        <xsl:otherwise>
          <xsl:if test="$state = 'draft'">
            <p class="state"><xsl:sequence select="b:ui-in(., 'Draft translation', $lang)"/></p>
          </xsl:if>
          <p class="blk"><xsl:call-template name="b:division-numbers"><xsl:with-param name="text" select="$slot"/></xsl:call-template><xsl:apply-templates select="$slot/node()" mode="inline"/></p>
        </xsl:otherwise>
      </xsl:choose>
    </td>
  </xsl:template>

  <!-- A row short enough to keep whole (print.css tr.short): none of its passages longer
       than about four lines of its column, whose width, in characters, shrinks with the
       number of columns. A longer row splits where the page ends: moving it whole to the next
       page would leave the foot of this one empty (tried on every row: ten times the empty lines at page feet). -->
  <xsl:function name="b:short" as="xs:boolean">
    <xsl:param name="block" as="element()"/>
    <xsl:param name="langs" as="xs:string+"/>
    <xsl:variable name="limit" select="$b:short-chars div count($langs)"/>
    <xsl:sequence select="every $lang in $langs satisfies
        string-length(normalize-space(string-join(
            (if ($lang = $base) then $block
             else key('slot', $lang || '|' || $block/@xml:id, root($block)))
            //text()[not(ancestor::t:note)]))) le $limit"/>
  </xsl:function>
  <xsl:variable name="b:short-chars" as="xs:integer" select="320"/>

  <!-- A part of a source line; one in another language keeps it (see book.source_line). -->
  <xsl:template match="b:run" mode="source-run"><xsl:value-of select="."/></xsl:template>
  <xsl:template match="b:run[@lang]" mode="source-run">
    <span lang="{@lang}"><xsl:value-of select="."/></span>
  </xsl:template>
</xsl:stylesheet>
