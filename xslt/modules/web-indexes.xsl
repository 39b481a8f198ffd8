<?xml version="1.0" encoding="UTF-8"?>
<!-- The pages built from the whole edition: home, the registers (with the map of places),
     the chronology and search. Their page models are gathered by triglot.web.data. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tg="urn:triglot:web"
    xmlns:svg="http://www.w3.org/2000/svg"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:template match="tg:page[@kind = 'home']" mode="main">
    <h1><xsl:value-of select="tg:site/@name"/></h1>
    <!-- The edition's own description (triglot.toml), the first paragraph as the lead. -->
    <xsl:for-each select="tg:site/tg:about">
      <p><xsl:if test="position() = 1"><xsl:attribute name="class">lead</xsl:attribute></xsl:if><xsl:value-of select="."/></p>
    </xsl:for-each>
    <section aria-labelledby="docs-heading">
      <h2 id="docs-heading"><xsl:value-of select="tg:ui('Documents')"/></h2>
      <form class="doc-filters" hidden="hidden">
        <p>
          <label for="doc-sort"><xsl:value-of select="tg:ui('Sort by')"/></label>
          <select id="doc-sort" data-sort="">
            <option value="date"><xsl:value-of select="tg:ui('Date')"/></option>
            <option value="title"><xsl:value-of select="tg:ui('Title')"/></option>
          </select>
        </p>
        <xsl:for-each select="tg:facet[tg:option]">
          <p>
            <label for="doc-filter-{@kind}"><xsl:value-of select="if (@kind = 'type') then tg:ui('Type') else if (@kind = 'person') then tg:ui('Correspondent or author') else tg:ui('Place')"/></label>
            <select id="doc-filter-{@kind}" data-filter="{@kind}">
              <option value=""><xsl:value-of select="tg:ui('All')"/></option>
              <xsl:for-each select="tg:option">
                <option value="{@value}"><xsl:value-of select="@label"/></option>
              </xsl:for-each>
            </select>
          </p>
        </xsl:for-each>
        <p class="doc-count" role="status" aria-live="polite" data-count="{tg:ui('{count} of {total} documents shown')}"></p>
      </form>
      <ul class="doc-list">
        <xsl:for-each select="tg:docs/tg:doc">
          <li data-date="{@date-key}" data-title="{@title}" data-type="{@kinds}" data-person="{@people}" data-place="{@places}">
            <h3><a href="documents/{@id}.html"><xsl:value-of select="@title"/></a></h3>
            <p class="doc-facts">
              <xsl:if test="@date-label != ''">
                <xsl:value-of select="if (@date-basis = 'published') then tg:ui('Published {date}', map{'date': string(@date-label)}) else @date-label"/>
              </xsl:if>
              <xsl:if test="@date-label != '' and @kind-label != ''"> · </xsl:if>
              <xsl:value-of select="@kind-label"/>
            </p>
            <xsl:if test="tg:part[tg:sender]">
              <ul class="doc-corresp">
                <xsl:for-each select="tg:part[tg:sender]">
                  <li><xsl:apply-templates select="." mode="part-meta"><xsl:with-param name="link" select="false()"/><xsl:with-param name="brief" select="true()"/></xsl:apply-templates></li>
                </xsl:for-each>
              </ul>
            </xsl:if>
            <p class="doc-source" lang="{$base}"><xsl:value-of select="@source"/></p>
            <ul class="progress">
              <xsl:for-each select="tg:progress">
                <li><xsl:value-of select="tg:ui('{language}: {done} of {total} passages translated ({reviewed} reviewed)',
                    map{'language': string(@name), 'done': string(@done), 'total': string(@total), 'reviewed': string(@reviewed)})"/></li>
              </xsl:for-each>
            </ul>
          </li>
        </xsl:for-each>
      </ul>
    </section>
    <section aria-labelledby="cite-heading">
      <h2 id="cite-heading"><xsl:value-of select="tg:ui('How to cite')"/></h2>
      <p><xsl:value-of select="tg:ui('Cite a document by its permanent address (shown on its page) and a passage by its identifier, for example: {edition}, “Title”, passage doc.p3. Every passage has a “Cite this passage” link.', map{'edition': string(tg:site/@name)})"/></p>
    </section>
  </xsl:template>

  <xsl:template match="tg:page[@kind = ('persons', 'places')]" mode="main">
    <h1><xsl:value-of select="tg:ui(if (@kind = 'persons') then 'Persons' else 'Places')"/></h1>
    <xsl:if test="svg:svg">
      <figure class="map">
        <xsl:copy-of select="svg:svg"/>
        <figcaption><xsl:value-of select="tg:ui('Places of the edition with known coordinates, drawn from the register (equirectangular projection). Places without coordinates are listed below only.')"/></figcaption>
      </figure>
    </xsl:if>
    <xsl:for-each select="tg:entry">
      <article class="entry" id="{@id}" aria-labelledby="{@id}-name">
        <h2 id="{@id}-name"><xsl:value-of select="@name"/></h2>
        <dl class="names">
          <xsl:for-each select="tg:name">
            <dt><xsl:value-of select="@language"/></dt>
            <dd lang="{@lang}"><xsl:value-of select="."/></dd>
          </xsl:for-each>
          <xsl:if test="@role != ''"><dt><xsl:value-of select="tg:ui('Role')"/></dt><dd lang="{$base}"><xsl:value-of select="@role"/></dd></xsl:if>
          <xsl:if test="@type != ''"><dt><xsl:value-of select="tg:ui('Type')"/></dt><dd><xsl:value-of select="@type"/></dd></xsl:if>
          <xsl:if test="@dates != ''"><dt><xsl:value-of select="tg:ui('Life dates')"/></dt><dd><xsl:value-of select="@dates"/></dd></xsl:if>
          <xsl:if test="@coords != ''"><dt><xsl:value-of select="tg:ui('Coordinates')"/></dt><dd><xsl:value-of select="@coords"/></dd></xsl:if>
        </dl>
        <h3><xsl:value-of select="tg:ui('Mentions')"/></h3>
        <xsl:choose>
          <xsl:when test="tg:mention">
            <ul class="mentions">
              <xsl:for-each select="tg:mention">
                <li><a href="documents/{@doc}.html#{@block}"><xsl:value-of select="@title"/> — <xsl:value-of select="@block"/></a>
                  <xsl:text> </xsl:text><span class="mention-langs">(<xsl:value-of select="@langs"/>)</span></li>
              </xsl:for-each>
            </ul>
          </xsl:when>
          <xsl:otherwise><p><xsl:value-of select="tg:ui('Named only in the documents’ headers and sources.')"/></p></xsl:otherwise>
        </xsl:choose>
      </article>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="tg:page[@kind = 'chronology']" mode="main">
    <h1><xsl:value-of select="tg:ui('Chronology')"/></h1>
    <p><xsl:value-of select="tg:ui('Every date in the English texts, in order. Dates are given only as precisely as the source allows: a month, a year, a range or an earliest or latest possible date.')"/></p>
    <ol class="chronology">
      <xsl:for-each select="tg:event">
        <li id="{@id}">
          <p class="event-date"><strong><xsl:value-of select="@label"/></strong>
            <xsl:text> </xsl:text><span class="precision">(<xsl:value-of select="tg:precision(@precision, @cert)"/>)</span></p>
          <p class="event-context"><span lang="{$base}">“<xsl:value-of select="@text"/>”</span> —
            <a href="documents/{@doc}.html#{@block}"><xsl:value-of select="@title"/>, <xsl:value-of select="@block"/></a></p>
        </li>
      </xsl:for-each>
    </ol>
  </xsl:template>

  <xsl:template match="tg:page[@kind = 'search']" mode="main">
    <h1><xsl:value-of select="tg:ui('Search')"/></h1>
    <p><xsl:value-of select="tg:ui('Searches the {language} text of the edition. Word forms are matched by their stem.', map{'language': string(tg:langs/tg:lang[@current = 'true']/@name)})"/></p>
    <form class="search-form" role="search" action="search.html" method="get">
      <label for="search-input"><xsl:value-of select="tg:ui('Search terms')"/></label>
      <input type="search" id="search-input" name="q" autocomplete="off"/>
      <button type="submit"><xsl:value-of select="tg:ui('Search')"/></button>
    </form>
    <p class="search-status" role="status" aria-live="polite"
       data-none="{tg:ui('No passages found.')}" data-count="{tg:ui('{count} passages found.')}"
       data-nojs="{tg:ui('Search needs JavaScript, which is switched off or failed to load.')}"></p>
    <ol class="search-results"></ol>
    <p><xsl:value-of select="tg:ui('To search another language, switch the interface language.')"/></p>
  </xsl:template>
</xsl:stylesheet>
