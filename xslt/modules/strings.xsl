<?xml version="1.0" encoding="UTF-8"?>
<!-- Interface strings as data: the build passes the gettext catalog of the interface
     language as a document <strings><s id="msgid">translation</s></strings>.
     A msgid missing from it stops the transformation (never a silent English fallback). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tg="urn:triglot:web"
    exclude-result-prefixes="#all">

  <xsl:param name="ui-strings" as="document-node()" required="yes"/>
  <xsl:key name="ui" match="s" use="@id"/>

  <!-- tg:ui(msgid): the string in the interface language. -->
  <xsl:function name="tg:ui" as="xs:string">
    <xsl:param name="msgid" as="xs:string"/>
    <xsl:variable name="found" select="key('ui', $msgid, $ui-strings)"/>
    <xsl:if test="empty($found)">
      <xsl:sequence select="error(QName('urn:triglot:web', 'missing-string'),
                            'interface string not in the catalog: ' || $msgid)"/>
    </xsl:if>
    <xsl:sequence select="string($found[1])"/>
  </xsl:function>

  <!-- tg:ui(msgid, map): a string with {placeholders} filled in from the map. -->
  <xsl:function name="tg:ui" as="xs:string">
    <xsl:param name="msgid" as="xs:string"/>
    <xsl:param name="values" as="map(xs:string, xs:string)"/>
    <xsl:sequence select="fold-left(map:keys($values), tg:ui($msgid),
        function($s, $k) { replace($s, '\{' || $k || '\}', replace($values($k), '\$', '\\\$')) })"
        xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
  </xsl:function>
</xsl:stylesheet>
