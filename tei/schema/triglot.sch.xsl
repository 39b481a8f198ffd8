<?xml version='1.0' encoding='UTF-8'?>
<xsl:stylesheet xmlns:iso="http://purl.oclc.org/dsdl/schematron" xmlns:rng="http://relaxng.org/ns/structure/1.0" xmlns:sch="http://www.ascc.net/xml/schematron" xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" version="3.0"><!--Implementers: please note that overriding process-prolog or process-root is 
    the preferred method for meta-stylesheets to use where possible. -->
   <xsl:param name="archiveDirParameter"/>
   <xsl:param name="archiveNameParameter"/>
   <xsl:param name="fileNameParameter"/>
   <xsl:param name="fileDirParameter"/>
   <!--PHASES-->

   <!--PROLOG-->
   <xsl:output xmlns:schold="http://www.ascc.net/xml/schematron" xmlns:svrl="http://purl.oclc.org/dsdl/svrl" method="xml" omit-xml-declaration="no" standalone="yes" indent="yes"/>
   <!--KEYS-->

   <!--DEFAULT RULES-->

   <!--MODE: SCHEMATRON-SELECT-FULL-PATH-->
   <!--This mode can be used to generate an ugly though full XPath for locators-->
   <xsl:template match="*" mode="schematron-select-full-path">
      <xsl:apply-templates select="." mode="schematron-get-full-path"/>
   </xsl:template>
   <!--MODE: SCHEMATRON-FULL-PATH-->
   <!--This mode can be used to generate an ugly though full XPath for locators-->
   <xsl:template match="*" mode="schematron-get-full-path">
      <xsl:apply-templates select="parent::*" mode="schematron-get-full-path"/>
      <xsl:text>/</xsl:text>
      <xsl:choose>
         <xsl:when test="namespace-uri()=''">
            <xsl:value-of select="name()"/>
            <xsl:variable name="p_1" select="1+    count(preceding-sibling::*[name()=name(current())])"/>
            <xsl:if test="$p_1&gt;1 or following-sibling::*[name()=name(current())]">[<xsl:value-of select="$p_1"/>]</xsl:if>
         </xsl:when>
         <xsl:otherwise>
            <xsl:text>*[local-name()='</xsl:text>
            <xsl:value-of select="local-name()"/>
            <xsl:text>' and namespace-uri()='</xsl:text>
            <xsl:value-of select="namespace-uri()"/>
            <xsl:text>']</xsl:text>
            <xsl:variable name="p_2" select="1+   count(preceding-sibling::*[local-name()=local-name(current())])"/>
            <xsl:if test="$p_2&gt;1 or following-sibling::*[local-name()=local-name(current())]">[<xsl:value-of select="$p_2"/>]</xsl:if>
         </xsl:otherwise>
      </xsl:choose>
   </xsl:template>
   <xsl:template match="@*" mode="schematron-get-full-path">
      <xsl:apply-templates select="parent::*" mode="schematron-get-full-path"/><xsl:text>/</xsl:text>
      <xsl:choose>
         <xsl:when test="namespace-uri()=''">@<xsl:value-of select="name()"/>
         </xsl:when>
         <xsl:otherwise>
            <xsl:text>@*[local-name()='</xsl:text>
            <xsl:value-of select="local-name()"/>
            <xsl:text>' and namespace-uri()='</xsl:text>
            <xsl:value-of select="namespace-uri()"/>
            <xsl:text>']</xsl:text>
         </xsl:otherwise>
      </xsl:choose>
   </xsl:template>
   <!--MODE: SCHEMATRON-FULL-PATH-2-->
   <!--This mode can be used to generate prefixed XPath for humans-->
   <xsl:template match="node() | @*" mode="schematron-get-full-path-2">
      <xsl:for-each select="ancestor-or-self::*">
         <xsl:text>/</xsl:text>
         <xsl:value-of select="name(.)"/>
         <xsl:if test="preceding-sibling::*[name(.)=name(current())]">
            <xsl:text>[</xsl:text>
            <xsl:value-of select="count(preceding-sibling::*[name(.)=name(current())])+1"/>
            <xsl:text>]</xsl:text>
         </xsl:if>
      </xsl:for-each>
      <xsl:if test="not(self::*)">
         <xsl:text/>/@<xsl:value-of select="name(.)"/>
      </xsl:if>
   </xsl:template>
   <!--MODE: GENERATE-ID-FROM-PATH -->
   <xsl:template match="/" mode="generate-id-from-path"/>
   <xsl:template match="text()" mode="generate-id-from-path">
      <xsl:apply-templates select="parent::*" mode="generate-id-from-path"/>
      <xsl:value-of select="concat('.text-', 1+count(preceding-sibling::text()), '-')"/>
   </xsl:template>
   <xsl:template match="comment()" mode="generate-id-from-path">
      <xsl:apply-templates select="parent::*" mode="generate-id-from-path"/>
      <xsl:value-of select="concat('.comment-', 1+count(preceding-sibling::comment()), '-')"/>
   </xsl:template>
   <xsl:template match="processing-instruction()" mode="generate-id-from-path">
      <xsl:apply-templates select="parent::*" mode="generate-id-from-path"/>
      <xsl:value-of select="concat('.processing-instruction-', 1+count(preceding-sibling::processing-instruction()), '-')"/>
   </xsl:template>
   <xsl:template match="@*" mode="generate-id-from-path">
      <xsl:apply-templates select="parent::*" mode="generate-id-from-path"/>
      <xsl:value-of select="concat('.@', name())"/>
   </xsl:template>
   <xsl:template match="*" mode="generate-id-from-path" priority="-0.5">
      <xsl:apply-templates select="parent::*" mode="generate-id-from-path"/>
      <xsl:text>.</xsl:text>
      <xsl:value-of select="concat('.',name(),'-',1+count(preceding-sibling::*[name()=name(current())]),'-')"/>
   </xsl:template>
   <!--MODE: SCHEMATRON-FULL-PATH-3-->
   <!--This mode can be used to generate prefixed XPath for humans 
	(Top-level element has index)-->
   <xsl:template match="node() | @*" mode="schematron-get-full-path-3">
      <xsl:for-each select="ancestor-or-self::*">
         <xsl:text>/</xsl:text>
         <xsl:value-of select="name(.)"/>
         <xsl:if test="parent::*">
            <xsl:text>[</xsl:text>
            <xsl:value-of select="count(preceding-sibling::*[name(.)=name(current())])+1"/>
            <xsl:text>]</xsl:text>
         </xsl:if>
      </xsl:for-each>
      <xsl:if test="not(self::*)">
         <xsl:text/>/@<xsl:value-of select="name(.)"/>
      </xsl:if>
   </xsl:template>
   <!--MODE: GENERATE-ID-2 -->
   <xsl:template match="/" mode="generate-id-2">U</xsl:template>
   <xsl:template match="*" mode="generate-id-2" priority="2">
      <xsl:text>U</xsl:text>
      <xsl:number level="multiple" count="*"/>
   </xsl:template>
   <xsl:template match="node()" mode="generate-id-2">
      <xsl:text>U.</xsl:text>
      <xsl:number level="multiple" count="*"/>
      <xsl:text>n</xsl:text>
      <xsl:number count="node()"/>
   </xsl:template>
   <xsl:template match="@*" mode="generate-id-2">
      <xsl:text>U.</xsl:text>
      <xsl:number level="multiple" count="*"/>
      <xsl:text>_</xsl:text>
      <xsl:value-of select="string-length(local-name(.))"/>
      <xsl:text>_</xsl:text>
      <xsl:value-of select="translate(name(),':','.')"/>
   </xsl:template>
   <!--Strip characters-->
   <xsl:template match="text()" priority="-1"/>
   <!--SCHEMA METADATA-->
   <xsl:template match="/">
      <svrl:schematron-output xmlns:schold="http://www.ascc.net/xml/schematron" xmlns:svrl="http://purl.oclc.org/dsdl/svrl" title="" schemaVersion="">
         <xsl:comment>
            <xsl:value-of select="$archiveDirParameter"/>   
		 <xsl:value-of select="$archiveNameParameter"/>  
		 <xsl:value-of select="$fileNameParameter"/>  
		 <xsl:value-of select="$fileDirParameter"/>
         </xsl:comment>
         <svrl:ns-prefix-in-attribute-values uri="http://www.tei-c.org/ns/1.0" prefix="tei"/>
         <svrl:ns-prefix-in-attribute-values uri="http://www.w3.org/2001/XMLSchema" prefix="xs"/>
         <svrl:ns-prefix-in-attribute-values uri="http://relaxng.org/ns/structure/1.0" prefix="rng"/>
         <svrl:active-pattern>
            <xsl:attribute name="id">tei_all-att.cmc-generatedBy-CMC_generatedBy_within_post-constraint-rule-1</xsl:attribute>
            <xsl:attribute name="name">tei_all-att.cmc-generatedBy-CMC_generatedBy_within_post-constraint-rule-1</xsl:attribute>
            </svrl:active-pattern>
         <xsl:apply-templates select="//((tei:*[@generatedBy]))" mode="M3"/>
         <svrl:active-pattern>
            <xsl:attribute name="id">tei_all-att.datable.w3c-att-datable-w3c-when-constraint-rule-2</xsl:attribute>
            <xsl:attribute name="name">tei_all-att.datable.w3c-att-datable-w3c-when-constraint-rule-2</xsl:attribute>
            </svrl:active-pattern>
         <xsl:apply-templates select="//((tei:*[@when]))" mode="M4"/>
         <svrl:active-pattern>
            <xsl:attribute name="id">tei_all-att.datable.w3c-att-datable-w3c-from-constraint-rule-3</xsl:attribute>
            <xsl:attribute name="name">tei_all-att.datable.w3c-att-datable-w3c-from-constraint-rule-3</xsl:attribute>
            </svrl:active-pattern>
         <xsl:apply-templates select="//((tei:*[@from]))" mode="M5"/>
         <svrl:active-pattern>
            <xsl:attribute name="id">tei_all-att.datable.w3c-att-datable-w3c-to-constraint-rule-4</xsl:attribute>
            <xsl:attribute name="name">tei_all-att.datable.w3c-att-datable-w3c-to-constraint-rule-4</xsl:attribute>
            </svrl:active-pattern>
         <xsl:apply-templates select="//((tei:*[@to]))" mode="M6"/>
         <svrl:active-pattern>
            <xsl:attribute name="id">tei_all-att.global.source-source-only_1_ODD_source-constraint-rule-5</xsl:attribute>
            <xsl:attribute name="name">tei_all-att.global.source-source-only_1_ODD_source-constraint-rule-5</xsl:attribute>
            </svrl:active-pattern>
         <xsl:apply-templates select="//((tei:*[@source]))" mode="M7"/>
         <svrl:active-pattern>
            <xsl:attribute name="id">tei_all-att.pointing-targetLang-targetLang-constraint-rule-6</xsl:attribute>
            <xsl:attribute name="name">tei_all-att.pointing-targetLang-targetLang-constraint-rule-6</xsl:attribute>
            </svrl:active-pattern>
         <xsl:apply-templates select="//((tei:*[not(self::tei:schemaSpec)][@targetLang]))" mode="M8"/>
         <svrl:active-pattern>
            <xsl:attribute name="id">tei_all-att.spanning-spanTo-spanTo-points-to-following-constraint-rule-7</xsl:attribute>
            <xsl:attribute name="name">tei_all-att.spanning-spanTo-spanTo-points-to-following-constraint-rule-7</xsl:attribute>
            </svrl:active-pattern>
         <xsl:apply-templates select="//((tei:*[ starts-with( @spanTo, '#') ]))" mode="M9"/>
         <svrl:active-pattern>
            <xsl:attribute name="id">tei_all-att.styleDef-schemeVersion-schemeVersionRequiresScheme-constraint-rule-8</xsl:attribute>
            <xsl:attribute name="name">tei_all-att.styleDef-schemeVersion-schemeVersionRequiresScheme-constraint-rule-8</xsl:attribute>
            </svrl:active-pattern>
         <xsl:apply-templates select="//((tei:*[@schemeVersion]))" mode="M10"/>
         <svrl:active-pattern>
            <xsl:attribute name="id">tei_all-att.typed-subtypeTyped-constraint-rule-9</xsl:attribute>
            <xsl:attribute name="name">tei_all-att.typed-subtypeTyped-constraint-rule-9</xsl:attribute>
            </svrl:active-pattern>
         <xsl:apply-templates select="//((tei:*[@subtype]))" mode="M11"/>
         <svrl:active-pattern>
            <xsl:attribute name="id">tei_all-att.calendarSystem-calendar-calendar_attr_on_empty_element-constraint-rule-10</xsl:attribute>
            <xsl:attribute name="name">tei_all-att.calendarSystem-calendar-calendar_attr_on_empty_element-constraint-rule-10</xsl:attribute>
            </svrl:active-pattern>
         <xsl:apply-templates select="//((tei:*[@calendar]))" mode="M12"/>
         <svrl:active-pattern>
            <xsl:attribute name="id">tei_all-att.repeatable-MINandMAXoccurs-constraint-rule-58</xsl:attribute>
            <xsl:attribute name="name">tei_all-att.repeatable-MINandMAXoccurs-constraint-rule-58</xsl:attribute>
            </svrl:active-pattern>
         <xsl:apply-templates select="//((tei:*[ @minOccurs and @maxOccurs ]) | (tei:*[ @minOccurs and not( @maxOccurs ) ]))" mode="M13"/>
         <svrl:active-pattern>
            <xsl:attribute name="id">tei_all-att.identified-spec-in-module-constraint-rule-60</xsl:attribute>
            <xsl:attribute name="name">tei_all-att.identified-spec-in-module-constraint-rule-60</xsl:attribute>
            </svrl:active-pattern>
         <xsl:apply-templates select="//((( tei:elementSpec[@module] | tei:classSpec[@module] | tei:macroSpec[@module] )[                            ( ancestor::tei:schemaSpec | ancestor::tei:TEI | ancestor::tei:teiCorpus )                            and                            ( //tei:moduleSpec | //tei:moduleRef )                            ]))" mode="M14"/>
         <svrl:active-pattern>
            <xsl:attribute name="id">tei_all-att.deprecated-validUntil-deprecation-two-month-warning-constraint-rule-61</xsl:attribute>
            <xsl:attribute name="name">tei_all-att.deprecated-validUntil-deprecation-two-month-warning-constraint-rule-61</xsl:attribute>
            </svrl:active-pattern>
         <xsl:apply-templates select="//((tei:*[@validUntil]))" mode="M15"/>
         <svrl:active-pattern>
            <xsl:attribute name="id">tei_all-att.deprecated-validUntil-deprecation-should-be-explained-constraint-rule-62</xsl:attribute>
            <xsl:attribute name="name">tei_all-att.deprecated-validUntil-deprecation-should-be-explained-constraint-rule-62</xsl:attribute>
            </svrl:active-pattern>
         <xsl:apply-templates select="//((tei:*[@validUntil][ not( self::tei:valDesc | self::tei:valList | self::tei:defaultVal | self::tei:remarks )]))" mode="M16"/>
         <svrl:active-pattern>
            <xsl:attribute name="id">tei_all-p-abstractModel-structure-p-in-ab-or-p-constraint-rule-11</xsl:attribute>
            <xsl:attribute name="name">tei_all-p-abstractModel-structure-p-in-ab-or-p-constraint-rule-11</xsl:attribute>
            </svrl:active-pattern>
         <xsl:apply-templates select="//((tei:p))" mode="M17"/>
         <svrl:active-pattern>
            <xsl:attribute name="id">tei_all-p-abstractModel-structure-p-in-l-constraint-rule-12</xsl:attribute>
            <xsl:attribute name="name">tei_all-p-abstractModel-structure-p-in-l-constraint-rule-12</xsl:attribute>
            </svrl:active-pattern>
         <xsl:apply-templates select="//((tei:l//tei:p))" mode="M18"/>
         <svrl:active-pattern>
            <xsl:attribute name="id">tei_all-desc-deprecationInfo-only-in-deprecated-constraint-rule-13</xsl:attribute>
            <xsl:attribute name="name">tei_all-desc-deprecationInfo-only-in-deprecated-constraint-rule-13</xsl:attribute>
            </svrl:active-pattern>
         <xsl:apply-templates select="//((tei:desc[ @type eq 'deprecationInfo']))" mode="M19"/>
         <svrl:active-pattern>
            <xsl:attribute name="id">tei_all-ptr-ptrAtts-constraint-rule-17</xsl:attribute>
            <xsl:attribute name="name">tei_all-ptr-ptrAtts-constraint-rule-17</xsl:attribute>
            </svrl:active-pattern>
         <xsl:apply-templates select="//((tei:ptr))" mode="M20"/>
         <svrl:active-pattern>
            <xsl:attribute name="id">tei_all-ref-refAtts-constraint-rule-18</xsl:attribute>
            <xsl:attribute name="name">tei_all-ref-refAtts-constraint-rule-18</xsl:attribute>
            </svrl:active-pattern>
         <xsl:apply-templates select="//((tei:ref))" mode="M21"/>
         <svrl:active-pattern>
            <xsl:attribute name="id">tei_all-list-gloss-list-must-have-labels-constraint-rule-19</xsl:attribute>
            <xsl:attribute name="name">tei_all-list-gloss-list-must-have-labels-constraint-rule-19</xsl:attribute>
            </svrl:active-pattern>
         <xsl:apply-templates select="//((tei:list[@type='gloss']))" mode="M22"/>
         <svrl:active-pattern>
            <xsl:attribute name="id">tei_all-relatedItem-targetorcontent1-constraint-rule-20</xsl:attribute>
            <xsl:attribute name="name">tei_all-relatedItem-targetorcontent1-constraint-rule-20</xsl:attribute>
            </svrl:active-pattern>
         <xsl:apply-templates select="//((tei:relatedItem))" mode="M23"/>
         <svrl:active-pattern>
            <xsl:attribute name="id">tei_all-div-abstractModel-structure-div-in-l-constraint-rule-27</xsl:attribute>
            <xsl:attribute name="name">tei_all-div-abstractModel-structure-div-in-l-constraint-rule-27</xsl:attribute>
            </svrl:active-pattern>
         <xsl:apply-templates select="//((tei:l//tei:div))" mode="M24"/>
         <svrl:active-pattern>
            <xsl:attribute name="id">tei_all-div-abstractModel-structure-div-in-ab-or-p-constraint-rule-28</xsl:attribute>
            <xsl:attribute name="name">tei_all-div-abstractModel-structure-div-in-ab-or-p-constraint-rule-28</xsl:attribute>
            </svrl:active-pattern>
         <xsl:apply-templates select="//((tei:div))" mode="M25"/>
         <svrl:active-pattern>
            <xsl:attribute name="id">tei_all-msDesc-one_ms_singleton_max-constraint-rule-35</xsl:attribute>
            <xsl:attribute name="name">tei_all-msDesc-one_ms_singleton_max-constraint-rule-35</xsl:attribute>
            </svrl:active-pattern>
         <xsl:apply-templates select="//((tei:msContents|tei:physDesc|tei:history|tei:additional))" mode="M26"/>
         <svrl:active-pattern>
            <xsl:attribute name="id">tei_all-msIdentifier-msId_minimal-constraint-rule-40</xsl:attribute>
            <xsl:attribute name="name">tei_all-msIdentifier-msId_minimal-constraint-rule-40</xsl:attribute>
            </svrl:active-pattern>
         <xsl:apply-templates select="//((tei:msIdentifier))" mode="M27"/>
         <svrl:active-pattern>
            <xsl:attribute name="id">tei_all-ab-abstractModel-structure-ab-in-l-constraint-rule-56</xsl:attribute>
            <xsl:attribute name="name">tei_all-ab-abstractModel-structure-ab-in-l-constraint-rule-56</xsl:attribute>
            </svrl:active-pattern>
         <xsl:apply-templates select="//((tei:l//tei:ab))" mode="M28"/>
      </svrl:schematron-output>
   </xsl:template>
   <!--SCHEMATRON PATTERNS-->

   <!--PATTERN tei_all-att.cmc-generatedBy-CMC_generatedBy_within_post-constraint-rule-1-->

   <!--RULE -->
   <xsl:template match="tei:*[@generatedBy]" priority="1000" mode="M3">
      <!--ASSERT -->
      <xsl:choose>
         <xsl:when test="ancestor-or-self::tei:post"/>
         <xsl:otherwise>
            <svrl:failed-assert xmlns:schold="http://www.ascc.net/xml/schematron" xmlns:svrl="http://purl.oclc.org/dsdl/svrl" test="ancestor-or-self::tei:post">
               <xsl:attribute name="location">
                  <xsl:apply-templates select="." mode="schematron-get-full-path"/>
               </xsl:attribute>
               <svrl:text>The @generatedBy attribute is for use within a &lt;post&gt; element.</svrl:text>
            </svrl:failed-assert>
         </xsl:otherwise>
      </xsl:choose>
      </xsl:template>
   <xsl:template match="text()" priority="-1" mode="M3"/>
   <xsl:template match="@*|node()" priority="-2" mode="M3">
      </xsl:template>
   <!--PATTERN tei_all-att.datable.w3c-att-datable-w3c-when-constraint-rule-2-->

   <!--RULE -->
   <xsl:template match="tei:*[@when]" priority="1000" mode="M4">
      <!--REPORT nonfatal-->
      <xsl:if test="@notBefore|@notAfter|@from|@to">
         <svrl:successful-report xmlns:schold="http://www.ascc.net/xml/schematron" xmlns:svrl="http://purl.oclc.org/dsdl/svrl" test="@notBefore|@notAfter|@from|@to">
            <xsl:attribute name="role">nonfatal</xsl:attribute>
            <xsl:attribute name="location">
               <xsl:apply-templates select="." mode="schematron-get-full-path"/>
            </xsl:attribute>
            <svrl:text>The @when attribute cannot be used with any other att.datable.w3c attributes.</svrl:text>
         </svrl:successful-report>
      </xsl:if>
      </xsl:template>
   <xsl:template match="text()" priority="-1" mode="M4"/>
   <xsl:template match="@*|node()" priority="-2" mode="M4">
      </xsl:template>
   <!--PATTERN tei_all-att.datable.w3c-att-datable-w3c-from-constraint-rule-3-->

   <!--RULE -->
   <xsl:template match="tei:*[@from]" priority="1000" mode="M5">
      <!--REPORT nonfatal-->
      <xsl:if test="@notBefore">
         <svrl:successful-report xmlns:schold="http://www.ascc.net/xml/schematron" xmlns:svrl="http://purl.oclc.org/dsdl/svrl" test="@notBefore">
            <xsl:attribute name="role">nonfatal</xsl:attribute>
            <xsl:attribute name="location">
               <xsl:apply-templates select="." mode="schematron-get-full-path"/>
            </xsl:attribute>
            <svrl:text>The @from and @notBefore attributes cannot be used together.</svrl:text>
         </svrl:successful-report>
      </xsl:if>
      </xsl:template>
   <xsl:template match="text()" priority="-1" mode="M5"/>
   <xsl:template match="@*|node()" priority="-2" mode="M5">
      </xsl:template>
   <!--PATTERN tei_all-att.datable.w3c-att-datable-w3c-to-constraint-rule-4-->

   <!--RULE -->
   <xsl:template match="tei:*[@to]" priority="1000" mode="M6">
      <!--REPORT nonfatal-->
      <xsl:if test="@notAfter">
         <svrl:successful-report xmlns:schold="http://www.ascc.net/xml/schematron" xmlns:svrl="http://purl.oclc.org/dsdl/svrl" test="@notAfter">
            <xsl:attribute name="role">nonfatal</xsl:attribute>
            <xsl:attribute name="location">
               <xsl:apply-templates select="." mode="schematron-get-full-path"/>
            </xsl:attribute>
            <svrl:text>The @to and @notAfter attributes cannot be used together.</svrl:text>
         </svrl:successful-report>
      </xsl:if>
      </xsl:template>
   <xsl:template match="text()" priority="-1" mode="M6"/>
   <xsl:template match="@*|node()" priority="-2" mode="M6">
      </xsl:template>
   <!--PATTERN tei_all-att.global.source-source-only_1_ODD_source-constraint-rule-5-->

   <!--RULE -->
   <xsl:template match="tei:*[@source]" priority="1000" mode="M7">
      <xsl:variable name="srcs" select="tokenize( normalize-space(@source),' ')"/>
      <!--REPORT -->
      <xsl:if test="(   self::tei:classRef                                 | self::tei:dataRef                                 | self::tei:elementRef                                 | self::tei:macroRef                                 | self::tei:moduleRef                                 | self::tei:schemaSpec )                                   and                                   $srcs[2]">
         <svrl:successful-report xmlns:schold="http://www.ascc.net/xml/schematron" xmlns:svrl="http://purl.oclc.org/dsdl/svrl" test="( self::tei:classRef | self::tei:dataRef | self::tei:elementRef | self::tei:macroRef | self::tei:moduleRef | self::tei:schemaSpec ) and $srcs[2]">
            <xsl:attribute name="location">
               <xsl:apply-templates select="." mode="schematron-get-full-path"/>
            </xsl:attribute>
            <svrl:text>
              When used on a schema description element (like
              &lt;<xsl:text/>
               <xsl:value-of select="name(.)"/>
               <xsl:text/>&gt;), the @source attribute
              should have only 1 value. (This one has <xsl:text/>
               <xsl:value-of select="count($srcs)"/>
               <xsl:text/>.)
            </svrl:text>
         </svrl:successful-report>
      </xsl:if>
      </xsl:template>
   <xsl:template match="text()" priority="-1" mode="M7"/>
   <xsl:template match="@*|node()" priority="-2" mode="M7">
      </xsl:template>
   <!--PATTERN tei_all-att.pointing-targetLang-targetLang-constraint-rule-6-->

   <!--RULE -->
   <xsl:template match="tei:*[not(self::tei:schemaSpec)][@targetLang]" priority="1000" mode="M8">
      <!--ASSERT -->
      <xsl:choose>
         <xsl:when test="@target"/>
         <xsl:otherwise>
            <svrl:failed-assert xmlns:schold="http://www.ascc.net/xml/schematron" xmlns:svrl="http://purl.oclc.org/dsdl/svrl" test="@target">
               <xsl:attribute name="location">
                  <xsl:apply-templates select="." mode="schematron-get-full-path"/>
               </xsl:attribute>
               <svrl:text>@targetLang should only be used on &lt;<xsl:text/>
                  <xsl:value-of select="name(.)"/>
                  <xsl:text/>&gt; if @target is specified.</svrl:text>
            </svrl:failed-assert>
         </xsl:otherwise>
      </xsl:choose>
      </xsl:template>
   <xsl:template match="text()" priority="-1" mode="M8"/>
   <xsl:template match="@*|node()" priority="-2" mode="M8">
      </xsl:template>
   <!--PATTERN tei_all-att.spanning-spanTo-spanTo-points-to-following-constraint-rule-7-->

   <!--RULE -->
   <xsl:template match="tei:*[ starts-with( @spanTo, '#') ]" priority="1000" mode="M9">
      <!--ASSERT -->
      <xsl:choose>
         <xsl:when test="id( substring( @spanTo, 2 ) ) &gt;&gt; ."/>
         <xsl:otherwise>
            <svrl:failed-assert xmlns:schold="http://www.ascc.net/xml/schematron" xmlns:svrl="http://purl.oclc.org/dsdl/svrl" test="id( substring( @spanTo, 2 ) ) &gt;&gt; .">
               <xsl:attribute name="location">
                  <xsl:apply-templates select="." mode="schematron-get-full-path"/>
               </xsl:attribute>
               <svrl:text>
              The element indicated by @spanTo (<xsl:text/>
                  <xsl:value-of select="@spanTo"/>
                  <xsl:text/>) must follow the current &lt;<xsl:text/>
                  <xsl:value-of select="name(.)"/>
                  <xsl:text/>&gt; element.
            </svrl:text>
            </svrl:failed-assert>
         </xsl:otherwise>
      </xsl:choose>
      </xsl:template>
   <xsl:template match="text()" priority="-1" mode="M9"/>
   <xsl:template match="@*|node()" priority="-2" mode="M9">
      </xsl:template>
   <!--PATTERN tei_all-att.styleDef-schemeVersion-schemeVersionRequiresScheme-constraint-rule-8-->

   <!--RULE -->
   <xsl:template match="tei:*[@schemeVersion]" priority="1000" mode="M10">
      <!--ASSERT -->
      <xsl:choose>
         <xsl:when test="@scheme and not(@scheme eq 'free')"/>
         <xsl:otherwise>
            <svrl:failed-assert xmlns:schold="http://www.ascc.net/xml/schematron" xmlns:svrl="http://purl.oclc.org/dsdl/svrl" test="@scheme and not(@scheme eq 'free')">
               <xsl:attribute name="location">
                  <xsl:apply-templates select="." mode="schematron-get-full-path"/>
               </xsl:attribute>
               <svrl:text>
              @schemeVersion can only be used if @scheme is specified.
            </svrl:text>
            </svrl:failed-assert>
         </xsl:otherwise>
      </xsl:choose>
      </xsl:template>
   <xsl:template match="text()" priority="-1" mode="M10"/>
   <xsl:template match="@*|node()" priority="-2" mode="M10">
      </xsl:template>
   <!--PATTERN tei_all-att.typed-subtypeTyped-constraint-rule-9-->

   <!--RULE -->
   <xsl:template match="tei:*[@subtype]" priority="1000" mode="M11">
      <!--ASSERT -->
      <xsl:choose>
         <xsl:when test="@type"/>
         <xsl:otherwise>
            <svrl:failed-assert xmlns:schold="http://www.ascc.net/xml/schematron" xmlns:svrl="http://purl.oclc.org/dsdl/svrl" test="@type">
               <xsl:attribute name="location">
                  <xsl:apply-templates select="." mode="schematron-get-full-path"/>
               </xsl:attribute>
               <svrl:text>
          The &lt;<xsl:text/>
                  <xsl:value-of select="name(.)"/>
                  <xsl:text/>&gt; element should not be categorized in detail with @subtype unless also categorized in general with @type.
        </svrl:text>
            </svrl:failed-assert>
         </xsl:otherwise>
      </xsl:choose>
      </xsl:template>
   <xsl:template match="text()" priority="-1" mode="M11"/>
   <xsl:template match="@*|node()" priority="-2" mode="M11">
      </xsl:template>
   <!--PATTERN tei_all-att.calendarSystem-calendar-calendar_attr_on_empty_element-constraint-rule-10-->

   <!--RULE -->
   <xsl:template match="tei:*[@calendar]" priority="1000" mode="M12">
      <!--ASSERT -->
      <xsl:choose>
         <xsl:when test="string-length( normalize-space(.) ) gt 0"/>
         <xsl:otherwise>
            <svrl:failed-assert xmlns:schold="http://www.ascc.net/xml/schematron" xmlns:svrl="http://purl.oclc.org/dsdl/svrl" test="string-length( normalize-space(.) ) gt 0">
               <xsl:attribute name="location">
                  <xsl:apply-templates select="." mode="schematron-get-full-path"/>
               </xsl:attribute>
               <svrl:text> @calendar indicates one or more
              systems or calendars to which the date represented by the content of this element belongs,
              but this &lt;<xsl:text/>
                  <xsl:value-of select="name(.)"/>
                  <xsl:text/>&gt; element has no textual content.</svrl:text>
            </svrl:failed-assert>
         </xsl:otherwise>
      </xsl:choose>
      </xsl:template>
   <xsl:template match="text()" priority="-1" mode="M12"/>
   <xsl:template match="@*|node()" priority="-2" mode="M12">
      </xsl:template>
   <!--PATTERN tei_all-att.repeatable-MINandMAXoccurs-constraint-rule-58-->

   <!--RULE -->
   <xsl:template match="tei:*[ @minOccurs and @maxOccurs ]" priority="1001" mode="M13">
      <xsl:variable name="min" select="@minOccurs cast as xs:integer"/>
      <xsl:variable name="max" select="if ( normalize-space( @maxOccurs ) eq 'unbounded') then -1 else @maxOccurs cast as xs:integer"/>
      <!--ASSERT -->
      <xsl:choose>
         <xsl:when test="$max eq -1 or $max ge $min"/>
         <xsl:otherwise>
            <svrl:failed-assert xmlns:schold="http://www.ascc.net/xml/schematron" xmlns:svrl="http://purl.oclc.org/dsdl/svrl" test="$max eq -1 or $max ge $min">
               <xsl:attribute name="location">
                  <xsl:apply-templates select="." mode="schematron-get-full-path"/>
               </xsl:attribute>
               <svrl:text>@maxOccurs should be greater than or equal to @minOccurs.</svrl:text>
            </svrl:failed-assert>
         </xsl:otherwise>
      </xsl:choose>
      </xsl:template>
   <!--RULE -->
   <xsl:template match="tei:*[ @minOccurs and not( @maxOccurs ) ]" priority="1000" mode="M13">
      <!--ASSERT -->
      <xsl:choose>
         <xsl:when test="@minOccurs cast as xs:integer lt 2"/>
         <xsl:otherwise>
            <svrl:failed-assert xmlns:schold="http://www.ascc.net/xml/schematron" xmlns:svrl="http://purl.oclc.org/dsdl/svrl" test="@minOccurs cast as xs:integer lt 2">
               <xsl:attribute name="location">
                  <xsl:apply-templates select="." mode="schematron-get-full-path"/>
               </xsl:attribute>
               <svrl:text>When @maxOccurs is not specified, @minOccurs must be 0 or 1.</svrl:text>
            </svrl:failed-assert>
         </xsl:otherwise>
      </xsl:choose>
      </xsl:template>
   <xsl:template match="text()" priority="-1" mode="M13"/>
   <xsl:template match="@*|node()" priority="-2" mode="M13">
      </xsl:template>
   <!--PATTERN tei_all-att.identified-spec-in-module-constraint-rule-60-->

   <!--RULE -->
   <xsl:template match="( tei:elementSpec[@module] | tei:classSpec[@module] | tei:macroSpec[@module] )[                            ( ancestor::tei:schemaSpec | ancestor::tei:TEI | ancestor::tei:teiCorpus )                            and                            ( //tei:moduleSpec | //tei:moduleRef )                            ]" priority="1000" mode="M14">
      <!--ASSERT -->
      <xsl:choose>
         <xsl:when test="( //tei:moduleSpec/@ident | //tei:moduleRef/@key ) = @module"/>
         <xsl:otherwise>
            <svrl:failed-assert xmlns:schold="http://www.ascc.net/xml/schematron" xmlns:svrl="http://purl.oclc.org/dsdl/svrl" test="( //tei:moduleSpec/@ident | //tei:moduleRef/@key ) = @module">
               <xsl:attribute name="location">
                  <xsl:apply-templates select="." mode="schematron-get-full-path"/>
               </xsl:attribute>
               <svrl:text>
          Specification <xsl:text/>
                  <xsl:value-of select="@ident"/>
                  <xsl:text/>: the value of the module attribute
          ("<xsl:text/>
                  <xsl:value-of select="@module"/>
                  <xsl:text/>") should correspond to an existing module, via
          a moduleSpec or moduleRef.</svrl:text>
            </svrl:failed-assert>
         </xsl:otherwise>
      </xsl:choose>
      </xsl:template>
   <xsl:template match="text()" priority="-1" mode="M14"/>
   <xsl:template match="@*|node()" priority="-2" mode="M14">
      </xsl:template>
   <!--PATTERN tei_all-att.deprecated-validUntil-deprecation-two-month-warning-constraint-rule-61-->

   <!--RULE -->
   <xsl:template match="tei:*[@validUntil]" priority="1000" mode="M15">
      <xsl:variable name="advance_warning_period" select="current-date() + xs:dayTimeDuration('P60D')"/>
      <xsl:variable name="me_phrase" select="if (@ident) then concat('The ', @ident ) else concat('This ', local-name(.), ' of ', ancestor::tei:*[@ident][1]/@ident )"/>
      <!--ASSERT -->
      <xsl:choose>
         <xsl:when test="@validUntil cast as xs:date ge current-date()"/>
         <xsl:otherwise>
            <svrl:failed-assert xmlns:schold="http://www.ascc.net/xml/schematron" xmlns:svrl="http://purl.oclc.org/dsdl/svrl" test="@validUntil cast as xs:date ge current-date()">
               <xsl:attribute name="location">
                  <xsl:apply-templates select="." mode="schematron-get-full-path"/>
               </xsl:attribute>
               <svrl:text>
                  <xsl:text/>
                  <xsl:value-of select="concat( $me_phrase, ' construct is outdated (as of ', @validUntil, '); ODD processors may ignore it, and its use is no longer supported.' )"/>
                  <xsl:text/>
               </svrl:text>
            </svrl:failed-assert>
         </xsl:otherwise>
      </xsl:choose>
      <!--ASSERT warning-->
      <xsl:choose>
         <xsl:when test="@validUntil cast as xs:date ge $advance_warning_period"/>
         <xsl:otherwise>
            <svrl:failed-assert xmlns:schold="http://www.ascc.net/xml/schematron" xmlns:svrl="http://purl.oclc.org/dsdl/svrl" test="@validUntil cast as xs:date ge $advance_warning_period">
               <xsl:attribute name="role">warning</xsl:attribute>
               <xsl:attribute name="location">
                  <xsl:apply-templates select="." mode="schematron-get-full-path"/>
               </xsl:attribute>
               <svrl:text>
                  <xsl:text/>
                  <xsl:value-of select="concat( $me_phrase, ' construct becomes outdated on ', @validUntil, '.')"/>
                  <xsl:text/>
               </svrl:text>
            </svrl:failed-assert>
         </xsl:otherwise>
      </xsl:choose>
      </xsl:template>
   <xsl:template match="text()" priority="-1" mode="M15"/>
   <xsl:template match="@*|node()" priority="-2" mode="M15">
      </xsl:template>
   <!--PATTERN tei_all-att.deprecated-validUntil-deprecation-should-be-explained-constraint-rule-62-->

   <!--RULE -->
   <xsl:template match="tei:*[@validUntil][ not( self::tei:valDesc | self::tei:valList | self::tei:defaultVal | self::tei:remarks )]" priority="1000" mode="M16">
      <!--ASSERT -->
      <xsl:choose>
         <xsl:when test="child::tei:desc[ @type eq 'deprecationInfo']"/>
         <xsl:otherwise>
            <svrl:failed-assert xmlns:schold="http://www.ascc.net/xml/schematron" xmlns:svrl="http://purl.oclc.org/dsdl/svrl" test="child::tei:desc[ @type eq 'deprecationInfo']">
               <xsl:attribute name="location">
                  <xsl:apply-templates select="." mode="schematron-get-full-path"/>
               </xsl:attribute>
               <svrl:text>
              A deprecated construct should include, whenever possible, an explanation, but this <xsl:text/>
                  <xsl:value-of select="name(.)"/>
                  <xsl:text/> does not have a child &lt;desc type="deprecationInfo"&gt;.</svrl:text>
            </svrl:failed-assert>
         </xsl:otherwise>
      </xsl:choose>
      </xsl:template>
   <xsl:template match="text()" priority="-1" mode="M16"/>
   <xsl:template match="@*|node()" priority="-2" mode="M16">
      </xsl:template>
   <!--PATTERN tei_all-p-abstractModel-structure-p-in-ab-or-p-constraint-rule-11-->

   <!--RULE -->
   <xsl:template match="tei:p" priority="1000" mode="M17">
      <!--REPORT -->
      <xsl:if test="(ancestor::tei:ab or ancestor::tei:p) and                        not( ancestor::tei:floatingText                           | parent::tei:exemplum                           | parent::tei:item                           | parent::tei:note                           | parent::tei:q                           | parent::tei:quote                           | parent::tei:remarks                           | parent::tei:said                           | parent::tei:sp                           | parent::tei:stage                           | parent::tei:cell                           | parent::tei:figure )">
         <svrl:successful-report xmlns:schold="http://www.ascc.net/xml/schematron" xmlns:svrl="http://purl.oclc.org/dsdl/svrl" test="(ancestor::tei:ab or ancestor::tei:p) and not( ancestor::tei:floatingText | parent::tei:exemplum | parent::tei:item | parent::tei:note | parent::tei:q | parent::tei:quote | parent::tei:remarks | parent::tei:said | parent::tei:sp | parent::tei:stage | parent::tei:cell | parent::tei:figure )">
            <xsl:attribute name="location">
               <xsl:apply-templates select="." mode="schematron-get-full-path"/>
            </xsl:attribute>
            <svrl:text>
          Abstract model violation: Paragraphs may not occur inside other paragraphs or &lt;ab&gt; elements.
        </svrl:text>
         </svrl:successful-report>
      </xsl:if>
      </xsl:template>
   <xsl:template match="text()" priority="-1" mode="M17"/>
   <xsl:template match="@*|node()" priority="-2" mode="M17">
      </xsl:template>
   <!--PATTERN tei_all-p-abstractModel-structure-p-in-l-constraint-rule-12-->

   <!--RULE -->
   <xsl:template match="tei:l//tei:p" priority="1000" mode="M18">
      <!--ASSERT -->
      <xsl:choose>
         <xsl:when test="ancestor::tei:floatingText | parent::tei:figure | parent::tei:note"/>
         <xsl:otherwise>
            <svrl:failed-assert xmlns:schold="http://www.ascc.net/xml/schematron" xmlns:svrl="http://purl.oclc.org/dsdl/svrl" test="ancestor::tei:floatingText | parent::tei:figure | parent::tei:note">
               <xsl:attribute name="location">
                  <xsl:apply-templates select="." mode="schematron-get-full-path"/>
               </xsl:attribute>
               <svrl:text>
          Abstract model violation: Metrical lines (&lt;l&gt; elements) may not contain higher-level structural elements such as &lt;div&gt;, &lt;p&gt;, or &lt;ab&gt;, unless &lt;p&gt; is a child of &lt;figure&gt; or &lt;note&gt;, or is a descendant of &lt;floatingText&gt;.
        </svrl:text>
            </svrl:failed-assert>
         </xsl:otherwise>
      </xsl:choose>
      </xsl:template>
   <xsl:template match="text()" priority="-1" mode="M18"/>
   <xsl:template match="@*|node()" priority="-2" mode="M18">
      </xsl:template>
   <!--PATTERN tei_all-desc-deprecationInfo-only-in-deprecated-constraint-rule-13-->

   <!--RULE -->
   <xsl:template match="tei:desc[ @type eq 'deprecationInfo']" priority="1000" mode="M19">
      <!--ASSERT -->
      <xsl:choose>
         <xsl:when test="../@validUntil"/>
         <xsl:otherwise>
            <svrl:failed-assert xmlns:schold="http://www.ascc.net/xml/schematron" xmlns:svrl="http://purl.oclc.org/dsdl/svrl" test="../@validUntil">
               <xsl:attribute name="location">
                  <xsl:apply-templates select="." mode="schematron-get-full-path"/>
               </xsl:attribute>
               <svrl:text>Information about a
        deprecation should only be present in a specification element
        that is being deprecated: that is, only an element that has a
        @validUntil attribute should have a child &lt;desc
        type="deprecationInfo"&gt;.</svrl:text>
            </svrl:failed-assert>
         </xsl:otherwise>
      </xsl:choose>
      </xsl:template>
   <xsl:template match="text()" priority="-1" mode="M19"/>
   <xsl:template match="@*|node()" priority="-2" mode="M19">
      </xsl:template>
   <!--PATTERN tei_all-ptr-ptrAtts-constraint-rule-17-->

   <!--RULE -->
   <xsl:template match="tei:ptr" priority="1000" mode="M20">
      <!--REPORT -->
      <xsl:if test="@target and @cRef">
         <svrl:successful-report xmlns:schold="http://www.ascc.net/xml/schematron" xmlns:svrl="http://purl.oclc.org/dsdl/svrl" test="@target and @cRef">
            <xsl:attribute name="location">
               <xsl:apply-templates select="." mode="schematron-get-full-path"/>
            </xsl:attribute>
            <svrl:text>Only one of the attributes @target and @cRef may be supplied on &lt;<xsl:text/>
               <xsl:value-of select="name(.)"/>
               <xsl:text/>&gt;.</svrl:text>
         </svrl:successful-report>
      </xsl:if>
      </xsl:template>
   <xsl:template match="text()" priority="-1" mode="M20"/>
   <xsl:template match="@*|node()" priority="-2" mode="M20">
      </xsl:template>
   <!--PATTERN tei_all-ref-refAtts-constraint-rule-18-->

   <!--RULE -->
   <xsl:template match="tei:ref" priority="1000" mode="M21">
      <!--REPORT -->
      <xsl:if test="@target and @cRef">
         <svrl:successful-report xmlns:schold="http://www.ascc.net/xml/schematron" xmlns:svrl="http://purl.oclc.org/dsdl/svrl" test="@target and @cRef">
            <xsl:attribute name="location">
               <xsl:apply-templates select="." mode="schematron-get-full-path"/>
            </xsl:attribute>
            <svrl:text>Only one of the attributes @target and @cRef may be supplied on &lt;<xsl:text/>
               <xsl:value-of select="name(.)"/>
               <xsl:text/>&gt;.</svrl:text>
         </svrl:successful-report>
      </xsl:if>
      </xsl:template>
   <xsl:template match="text()" priority="-1" mode="M21"/>
   <xsl:template match="@*|node()" priority="-2" mode="M21">
      </xsl:template>
   <!--PATTERN tei_all-list-gloss-list-must-have-labels-constraint-rule-19-->

   <!--RULE -->
   <xsl:template match="tei:list[@type='gloss']" priority="1000" mode="M22">
      <!--ASSERT -->
      <xsl:choose>
         <xsl:when test="tei:label"/>
         <xsl:otherwise>
            <svrl:failed-assert xmlns:schold="http://www.ascc.net/xml/schematron" xmlns:svrl="http://purl.oclc.org/dsdl/svrl" test="tei:label">
               <xsl:attribute name="location">
                  <xsl:apply-templates select="." mode="schematron-get-full-path"/>
               </xsl:attribute>
               <svrl:text>
          The content of a "gloss" list should include a sequence of
          one or more pairs of a &lt;label&gt; element followed by an
          &lt;item&gt; element.
        </svrl:text>
            </svrl:failed-assert>
         </xsl:otherwise>
      </xsl:choose>
      </xsl:template>
   <xsl:template match="text()" priority="-1" mode="M22"/>
   <xsl:template match="@*|node()" priority="-2" mode="M22">
      </xsl:template>
   <!--PATTERN tei_all-relatedItem-targetorcontent1-constraint-rule-20-->

   <!--RULE -->
   <xsl:template match="tei:relatedItem" priority="1000" mode="M23">
      <!--REPORT -->
      <xsl:if test="@target and count( child::* ) &gt; 0">
         <svrl:successful-report xmlns:schold="http://www.ascc.net/xml/schematron" xmlns:svrl="http://purl.oclc.org/dsdl/svrl" test="@target and count( child::* ) &gt; 0">
            <xsl:attribute name="location">
               <xsl:apply-templates select="." mode="schematron-get-full-path"/>
            </xsl:attribute>
            <svrl:text>If the @target attribute on <xsl:text/>
               <xsl:value-of select="name(.)"/>
               <xsl:text/> is used, the relatedItem element must be empty.</svrl:text>
         </svrl:successful-report>
      </xsl:if>
      <!--ASSERT -->
      <xsl:choose>
         <xsl:when test="@target or child::*"/>
         <xsl:otherwise>
            <svrl:failed-assert xmlns:schold="http://www.ascc.net/xml/schematron" xmlns:svrl="http://purl.oclc.org/dsdl/svrl" test="@target or child::*">
               <xsl:attribute name="location">
                  <xsl:apply-templates select="." mode="schematron-get-full-path"/>
               </xsl:attribute>
               <svrl:text>A relatedItem element should have either a @target attribute or a child element to indicate the related bibliographic item.</svrl:text>
            </svrl:failed-assert>
         </xsl:otherwise>
      </xsl:choose>
      </xsl:template>
   <xsl:template match="text()" priority="-1" mode="M23"/>
   <xsl:template match="@*|node()" priority="-2" mode="M23">
      </xsl:template>
   <!--PATTERN tei_all-div-abstractModel-structure-div-in-l-constraint-rule-27-->

   <!--RULE -->
   <xsl:template match="tei:l//tei:div" priority="1000" mode="M24">
      <!--ASSERT -->
      <xsl:choose>
         <xsl:when test="ancestor::tei:floatingText"/>
         <xsl:otherwise>
            <svrl:failed-assert xmlns:schold="http://www.ascc.net/xml/schematron" xmlns:svrl="http://purl.oclc.org/dsdl/svrl" test="ancestor::tei:floatingText">
               <xsl:attribute name="location">
                  <xsl:apply-templates select="." mode="schematron-get-full-path"/>
               </xsl:attribute>
               <svrl:text>
          Abstract model violation: Metrical lines (&lt;l&gt; elements) may not contain higher-level structural elements such as &lt;div&gt;, unless &lt;div&gt; is a descendant of &lt;floatingText&gt;.
        </svrl:text>
            </svrl:failed-assert>
         </xsl:otherwise>
      </xsl:choose>
      </xsl:template>
   <xsl:template match="text()" priority="-1" mode="M24"/>
   <xsl:template match="@*|node()" priority="-2" mode="M24">
      </xsl:template>
   <!--PATTERN tei_all-div-abstractModel-structure-div-in-ab-or-p-constraint-rule-28-->

   <!--RULE -->
   <xsl:template match="tei:div" priority="1000" mode="M25">
      <!--REPORT -->
      <xsl:if test="(ancestor::tei:p or ancestor::tei:ab) and not(ancestor::tei:floatingText)">
         <svrl:successful-report xmlns:schold="http://www.ascc.net/xml/schematron" xmlns:svrl="http://purl.oclc.org/dsdl/svrl" test="(ancestor::tei:p or ancestor::tei:ab) and not(ancestor::tei:floatingText)">
            <xsl:attribute name="location">
               <xsl:apply-templates select="." mode="schematron-get-full-path"/>
            </xsl:attribute>
            <svrl:text>
          Abstract model violation: &lt;p&gt; and &lt;ab&gt; may not contain higher-level structural elements such as &lt;div&gt;, unless &lt;div&gt; is a descendant of &lt;floatingText&gt;.
        </svrl:text>
         </svrl:successful-report>
      </xsl:if>
      </xsl:template>
   <xsl:template match="text()" priority="-1" mode="M25"/>
   <xsl:template match="@*|node()" priority="-2" mode="M25">
      </xsl:template>
   <!--PATTERN tei_all-msDesc-one_ms_singleton_max-constraint-rule-35-->

   <!--RULE -->
   <xsl:template match="tei:msContents|tei:physDesc|tei:history|tei:additional" priority="1000" mode="M26">
      <xsl:variable name="gi" select="name(.)"/>
      <!--REPORT -->
      <xsl:if test="preceding-sibling::*[ name(.) eq $gi ]                           and                           not( following-sibling::*[ name(.) eq $gi ] )">
         <svrl:successful-report xmlns:schold="http://www.ascc.net/xml/schematron" xmlns:svrl="http://purl.oclc.org/dsdl/svrl" test="preceding-sibling::*[ name(.) eq $gi ] and not( following-sibling::*[ name(.) eq $gi ] )">
            <xsl:attribute name="location">
               <xsl:apply-templates select="." mode="schematron-get-full-path"/>
            </xsl:attribute>
            <svrl:text>
          Only one &lt;<xsl:text/>
               <xsl:value-of select="name(.)"/>
               <xsl:text/>&gt; is allowed as a child of &lt;<xsl:text/>
               <xsl:value-of select="name(..)"/>
               <xsl:text/>&gt;.
        </svrl:text>
         </svrl:successful-report>
      </xsl:if>
      </xsl:template>
   <xsl:template match="text()" priority="-1" mode="M26"/>
   <xsl:template match="@*|node()" priority="-2" mode="M26">
      </xsl:template>
   <!--PATTERN tei_all-msIdentifier-msId_minimal-constraint-rule-40-->

   <!--RULE -->
   <xsl:template match="tei:msIdentifier" priority="1000" mode="M27">
      <!--REPORT -->
      <xsl:if test="not( parent::tei:msPart )                           and                           ( child::*[1]/self::idno  or  child::*[1]/self::altIdentifier  or  normalize-space(.) eq '')">
         <svrl:successful-report xmlns:schold="http://www.ascc.net/xml/schematron" xmlns:svrl="http://purl.oclc.org/dsdl/svrl" test="not( parent::tei:msPart ) and ( child::*[1]/self::idno or child::*[1]/self::altIdentifier or normalize-space(.) eq '')">
            <xsl:attribute name="location">
               <xsl:apply-templates select="." mode="schematron-get-full-path"/>
            </xsl:attribute>
            <svrl:text>An &lt;msIdentifier&gt; must contain either a &lt;repository&gt; or &lt;location&gt;.</svrl:text>
         </svrl:successful-report>
      </xsl:if>
      </xsl:template>
   <xsl:template match="text()" priority="-1" mode="M27"/>
   <xsl:template match="@*|node()" priority="-2" mode="M27">
      </xsl:template>
   <!--PATTERN tei_all-ab-abstractModel-structure-ab-in-l-constraint-rule-56-->

   <!--RULE -->
   <xsl:template match="tei:l//tei:ab" priority="1000" mode="M28">
      <!--ASSERT -->
      <xsl:choose>
         <xsl:when test="ancestor::tei:floatingText | parent::tei:figure | parent::tei:note"/>
         <xsl:otherwise>
            <svrl:failed-assert xmlns:schold="http://www.ascc.net/xml/schematron" xmlns:svrl="http://purl.oclc.org/dsdl/svrl" test="ancestor::tei:floatingText | parent::tei:figure | parent::tei:note">
               <xsl:attribute name="location">
                  <xsl:apply-templates select="." mode="schematron-get-full-path"/>
               </xsl:attribute>
               <svrl:text>
          Abstract model violation: Metrical lines (&lt;l&gt; elements) may not contain higher-level divisions such as &lt;p&gt; or &lt;ab&gt;, unless &lt;ab&gt; is a child of &lt;figure&gt; or &lt;note&gt;, or is a descendant of &lt;floatingText&gt;.
        </svrl:text>
            </svrl:failed-assert>
         </xsl:otherwise>
      </xsl:choose>
      </xsl:template>
   <xsl:template match="text()" priority="-1" mode="M28"/>
   <xsl:template match="@*|node()" priority="-2" mode="M28">
      </xsl:template>
</xsl:stylesheet>