<?xml version="1.0" encoding="UTF-8"?>
<!-- The document page: English, Russian and Armenian in parallel, one row per English
     block, each row with a stable anchor (the block's xml:id) and a citation; slots that
     are untranslated, draft, stale or reviewed say so in the reader's language. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tg="urn:triglot:web"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:mode name="parallel" on-no-match="shallow-skip"/>

  <xsl:key name="slot" match="tei:div[@type = 'translation']//*[@tg:state]"
           use="substring(@corresp, 2) || '@' || ancestor::tei:div[@type = 'translation'][1]/@xml:lang"/>
  <xsl:key name="id" match="*[@xml:id]" use="@xml:id"/>

  <!-- The annotated TEI of a document page: parsed once per document, shared by its three interface languages. -->
  <xsl:param name="tei" as="document-node()?" select="()"/>
  <xsl:variable name="page" select="/tg:page"/>
  <xsl:variable name="ui" select="string(/tg:page/@ui)"/>
  <xsl:variable name="root" select="string(/tg:page/@root)"/>
  <xsl:variable name="base" select="string(/tg:page/tg:texts/tg:lang[@base = 'true']/@code)"/>

  <xsl:template match="tg:page[@kind = 'document']" mode="main">
    <xsl:variable name="doc" select="tg:doc"/>
    <article class="document" aria-labelledby="doc-title">
      <header class="doc-header">
        <h1 id="doc-title"><xsl:value-of select="$doc/@title"/></h1>
        <dl class="doc-meta">
          <xsl:if test="$doc/@date-label != ''">
            <dt><xsl:value-of select="tg:ui('Date')"/></dt><dd><xsl:value-of select="$doc/@date-label"/></dd>
          </xsl:if>
          <dt><xsl:value-of select="tg:ui('Source')"/></dt><dd lang="{$base}"><xsl:value-of select="$doc/@source"/></dd>
          <xsl:for-each select="$tei/tei:TEI/tei:teiHeader//tei:sourceDesc//tei:msDesc">
            <dt><xsl:value-of select="tg:ui('Archival reference')"/></dt>
            <dd lang="{$base}" id="{@xml:id}"><xsl:value-of select="string-join((.//tei:repository,
                .//tei:idno[@type = 'fond'] ! ('f. ' || .), .//tei:idno[@type = 'opis'] ! ('op. ' || .),
                .//tei:idno[@type = 'delo'] ! ('d. ' || .), .//tei:idno[@type = 'file'] ! ('file ' || .),
                .//tei:locus, .//tei:objectDesc/@form) ! normalize-space(), ', ')"/></dd>
          </xsl:for-each>
          <dt><xsl:value-of select="tg:ui('Cite this document')"/></dt>
          <dd><xsl:value-of select="tg:ui('{edition}, “{title}”, {uri}', map{'edition': string($page/tg:site/@name), 'title': string($doc/@title-base), 'uri': string($doc/@uri)})"/></dd>
          <dt><xsl:value-of select="tg:ui('Download')"/></dt>
          <dd>
            <ul class="downloads">
              <li><a href="{$root}{$doc/@tei}" download=""><xsl:value-of select="tg:ui('TEI XML file')"/></a></li>
              <xsl:for-each select="$doc/tg:pdf">
                <li><a href="{$root}{@href}"><xsl:value-of select="tg:ui('PDF ({language})', map{'language': string(@name)})"/></a></li>
              </xsl:for-each>
            </ul>
          </dd>
        </dl>
      </header>
      <fieldset class="column-toggle" hidden="hidden">
        <legend><xsl:value-of select="tg:ui('Languages shown')"/></legend>
        <xsl:for-each select="tg:texts/tg:lang">
          <label><input type="checkbox" checked="checked" data-column="{@code}"/><xsl:text> </xsl:text><xsl:value-of select="@name"/></label>
        </xsl:for-each>
      </fieldset>
      <div class="parallel">
        <div class="colheads" aria-hidden="true">
          <xsl:for-each select="tg:texts/tg:lang">
            <div class="colhead col-{@code}"><xsl:value-of select="@name"/></div>
          </xsl:for-each>
        </div>
        <xsl:apply-templates select="$tei/tei:TEI/tei:text/tei:body/tei:div[@type = 'base']" mode="parallel"/>
      </div>
    </article>
  </xsl:template>

  <xsl:template match="tei:div" mode="parallel">
    <section class="{string-join(('tei-div', @type ! ('type-' || .)), ' ')}">
      <xsl:if test="@xml:id"><xsl:attribute name="id" select="@xml:id"/></xsl:if>
      <xsl:apply-templates mode="parallel"/>
    </section>
  </xsl:template>

  <xsl:template match="tei:quote | tei:list | tei:opener | tei:closer | tei:lg | tei:floatingText | tei:body
                       | tei:group" mode="parallel">
    <div class="tei-{local-name()}">
      <xsl:if test="@xml:id"><xsl:attribute name="id" select="@xml:id"/></xsl:if>
      <xsl:apply-templates mode="parallel"/>
    </div>
  </xsl:template>

  <xsl:template match="*[@tg:block]" mode="parallel">
    <xsl:call-template name="row"/>
    <xsl:for-each select=".//tei:note[@tg:block]">
      <xsl:call-template name="row"/>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="row">
    <xsl:variable name="block" select="."/>
    <div class="row{if (self::tei:note) then ' note-row' else ''}" id="{@xml:id}">
      <div class="cell col-{$base}" lang="{$base}">
        <span class="cell-lang" lang="{$ui}"><xsl:value-of select="$page/tg:texts/tg:lang[@base = 'true']/@name"/></span>
        <xsl:if test="self::tei:note">
          <span class="note-label" lang="{$ui}"><xsl:value-of select="tg:ui('Editorial note')"/><xsl:text> </xsl:text><xsl:apply-templates select="." mode="note-number"/></span>
        </xsl:if>
        <xsl:apply-templates select="." mode="block"/>
      </div>
      <xsl:for-each select="$page/tg:texts/tg:lang[@base = 'false']/@code/string()">
        <xsl:call-template name="slot-cell">
          <xsl:with-param name="block" select="$block"/>
          <xsl:with-param name="lang" select="."/>
        </xsl:call-template>
      </xsl:for-each>
      <details class="cite">
        <summary><xsl:value-of select="tg:ui('Cite this passage')"/></summary>
        <p><xsl:value-of select="tg:ui('{edition}, “{title}”, passage {passage}, {uri}',
            map{'edition': string($page/tg:site/@name), 'title': string($page/tg:doc/@title-base), 'passage': string(@xml:id),
                'uri': string($page/tg:doc/@uri) || '#' || @xml:id})"/></p>
        <p><a href="#{@xml:id}"><xsl:value-of select="tg:ui('Link to this passage')"/></a></p>
      </details>
    </div>
  </xsl:template>

  <xsl:template name="slot-cell">
    <xsl:param name="block" as="element()"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:variable name="slot" select="key('slot', $block/@xml:id || '@' || $lang, root($block))[1]"/>
    <xsl:variable name="state" select="if ($slot) then string($slot/@tg:state) else 'untranslated'"/>
    <div class="cell col-{$lang} state-{$state}{if ($slot/@tg:stale) then ' stale' else ''}" lang="{$lang}">
      <xsl:if test="$slot/@xml:id"><xsl:attribute name="id" select="$slot/@xml:id"/></xsl:if>
      <span class="cell-lang" lang="{$ui}"><xsl:value-of select="$page/tg:texts/tg:lang[@code = $lang]/@name"/></span>
      <xsl:choose>
        <xsl:when test="$state = 'untranslated'">
          <p class="slot-missing" lang="{$ui}"><xsl:value-of select="tg:ui('Not yet translated')"/></p>
        </xsl:when>
        <xsl:otherwise>
          <p class="badges" lang="{$ui}">
            <xsl:if test="$state = 'draft'">
              <span class="badge draft"><xsl:value-of select="tg:ui('Draft translation')"/></span>
            </xsl:if>
            <xsl:if test="$state = 'reviewed'">
              <span class="badge reviewed"><xsl:value-of select="tg:ui('Reviewed translation')"/></span>
            </xsl:if>
            <xsl:if test="$slot/@tg:stale">
              <span class="badge stale"><xsl:value-of select="tg:ui('Out of date: the English text has changed since this translation')"/></span>
            </xsl:if>
          </p>
          <xsl:apply-templates select="$slot" mode="block">
            <xsl:with-param name="as" select="$block"/>
            <xsl:with-param name="lang" select="$lang"/>
          </xsl:apply-templates>
        </xsl:otherwise>
      </xsl:choose>
    </div>
  </xsl:template>

  <!-- Note markers link to the note's row; slot notes point at their English note. -->
  <xsl:template match="tei:note" mode="note-marker">
    <xsl:variable name="en" select="if (@tg:block) then . else key('id', substring(@corresp, 2))[1]"/>
    <a class="noteref" href="#{$en/@xml:id}"><xsl:apply-templates select="$en" mode="note-number"/></a>
  </xsl:template>

  <xsl:template match="tei:note" mode="note-number">
    <xsl:text>[</xsl:text><xsl:number level="any" count="tei:note[@tg:block]"/><xsl:text>]</xsl:text>
  </xsl:template>

  <!-- Persons and places: a link to the register entry that scripts turn into a card. -->
  <xsl:template match="tei:persName[@tg:entry] | tei:placeName[@tg:entry]" mode="entity">
    <a class="entity {local-name()}" href="{$root}{$ui}/{@tg:register}.html#{@tg:entry}"
       data-card="card-{@tg:register}-{@tg:entry}" aria-haspopup="dialog">
      <xsl:apply-templates mode="inline"/>
    </a>
  </xsl:template>

  <xsl:template match="tei:date[@tg:event]" mode="date">
    <a class="date" href="{$root}{$ui}/chronology.html#{@tg:event}" data-card="card-{@tg:event}"
       aria-haspopup="dialog">
      <xsl:apply-templates mode="inline"/>
    </a>
  </xsl:template>

  <xsl:template match="tei:date[not(@tg:event)]" mode="date">
    <time class="date">
      <xsl:if test="@when"><xsl:attribute name="datetime" select="@when"/></xsl:if>
      <xsl:apply-templates mode="inline"/>
    </time>
  </xsl:template>

  <!-- Cards: hidden until a person, place or date is activated (static/site.js). -->
  <xsl:template match="tg:page[@kind = 'document']" mode="cards">
    <div class="cards">
      <xsl:for-each select="tg:cards/tg:card">
        <section class="card" id="card-{@register}-{@entry}" role="dialog" aria-labelledby="card-{@register}-{@entry}-name" hidden="hidden">
          <h2 id="card-{@register}-{@entry}-name"><xsl:value-of select="@name"/></h2>
          <xsl:if test="@role != ''"><p class="role" lang="{$base}"><xsl:value-of select="@role"/></p></xsl:if>
          <xsl:if test="@dates != ''"><p class="dates"><xsl:value-of select="@dates"/></p></xsl:if>
          <xsl:if test="@coords != ''"><p class="coords"><xsl:value-of select="@coords"/></p></xsl:if>
          <p><a href="{$root}{$ui}/{@register}.html#{@entry}"><xsl:value-of select="tg:ui('Register entry')"/></a></p>
          <button type="button" class="card-close"><xsl:value-of select="tg:ui('Close')"/></button>
        </section>
      </xsl:for-each>
      <xsl:for-each select="$tei//tei:date[@tg:event]">
        <section class="card" id="card-{@tg:event}" role="dialog" aria-labelledby="card-{@tg:event}-name" hidden="hidden">
          <h2 id="card-{@tg:event}-name"><xsl:value-of select="@*[local-name() = 'label-' || $ui]"/></h2>
          <p class="precision"><xsl:value-of select="tg:precision(@tg:precision, @cert)"/></p>
          <p><a href="{$root}{$ui}/chronology.html#{@tg:event}"><xsl:value-of select="tg:ui('In the chronology')"/></a></p>
          <button type="button" class="card-close"><xsl:value-of select="tg:ui('Close')"/></button>
        </section>
      </xsl:for-each>
    </div>
  </xsl:template>

  <xsl:function name="tg:precision" as="xs:string">
    <xsl:param name="precision" as="xs:string?"/>
    <xsl:param name="cert" as="xs:string?"/>
    <xsl:variable name="p" select="
        if ($precision = 'day') then tg:ui('Precision: day')
        else if ($precision = 'month') then tg:ui('Precision: month')
        else if ($precision = 'year') then tg:ui('Precision: year')
        else if ($precision = 'range') then tg:ui('Precision: a range of dates')
        else if ($precision = 'notBefore') then tg:ui('Precision: earliest possible date only')
        else if ($precision = 'notAfter') then tg:ui('Precision: latest possible date only')
        else tg:ui('Precision: between two dates')"/>
    <xsl:sequence select="if ($cert = ('low', 'medium')) then $p || ' · ' || tg:ui('interpretation uncertain') else $p"/>
  </xsl:function>
</xsl:stylesheet>
