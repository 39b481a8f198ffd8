// Validate XML files against a W3C XML Schema with the JDK's own validator (Xerces): a second
// implementation beside libxml2 for the export tests. Usage: java XsdValidate.java SCHEMA FILE...
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.*;
import java.io.File;
public class XsdValidate {
  public static void main(String[] a) throws Exception {
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    Schema s = f.newSchema(new File(a[0]));
    int bad = 0;
    for (int i = 1; i < a.length; i++) {
      try { s.newValidator().validate(new StreamSource(new File(a[i]))); System.out.println("valid " + a[i]); }
      catch (org.xml.sax.SAXParseException e) { bad++; System.out.println(a[i] + ":" + e.getLineNumber() + ": " + e.getMessage()); }
    }
    System.exit(bad == 0 ? 0 : 1);
  }
}
