import java.io.File;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Checks that each file named on the command line is well-formed, namespace-aware XML 1.0, with
 * the JDK's own parser (Xerces), which also rejects characters XML forbids. Prints one line per
 * file that is not, "file:line:column: message", and exits 1 if there is any. No DTD is read.
 * Run as a single-file program: java tests/helpers/shared/XmlWellFormed.java a.xml b.xml
 */
public class XmlWellFormed {
	public static void main(String[] args) throws Exception {
		SAXParserFactory factory = SAXParserFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		int failures = 0;
		for (String path : args) {
			try {
				factory.newSAXParser().parse(new File(path), new DefaultHandler());
			} catch (SAXParseException error) {
				failures++;
				System.out.println(path + ":" + error.getLineNumber() + ":" + error.getColumnNumber() + ": " + error.getMessage());
			}
		}
		System.exit(failures == 0 ? 0 : 1);
	}
}
