// A Word document's HTML (mammoth's conversion, done on the Node side) made safe to show: it is
// as untrusted as the document. DOMPurify with a strict allow-list: no scripts, styles, forms,
// frames, SVG or MathML, no event handlers or style attributes, and no address at all except an
// embedded picture's data: URL (the CSP's img-src allows data:; nothing is ever fetched). A link
// keeps its words and loses its address. The result is a DOM fragment, never an HTML string.
import DOMPurify from 'dompurify';

const allowedTags = [
  'p', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'small',
  'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'colgroup', 'col',
  'a', 'img', 'blockquote', 'pre', 'code', 'span', 'div', 'hr', 'dl', 'dt', 'dd',
];
const allowedAttributes = ['alt', 'src', 'colspan', 'rowspan', 'id'];
/** Embedded pictures only, of kinds a browser draws without running anything. */
const embeddedPicture = /^data:image\/(?:png|jpe?g|gif|bmp|webp);base64,[a-z0-9+/=\s]*$/i;

let hooked = false;

export function sanitisedDocument(html: string): DocumentFragment {
  if (!hooked) {
    hooked = true;
    DOMPurify.addHook('uponSanitizeAttribute', (node, data) => {
      if (data.attrName === 'src' && !(node.nodeName === 'IMG' && embeddedPicture.test(data.attrValue))) data.keepAttr = false;
      // mammoth's footnote anchors ("#footnote-1") are ids; nothing else may name one.
      if (data.attrName === 'id') data.attrValue = `docx-${data.attrValue.replace(/[^\w-]/g, '')}`;
    });
  }
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS: allowedTags,
    ALLOWED_ATTR: allowedAttributes,
    ALLOWED_URI_REGEXP: embeddedPicture,
    // Otherwise every attribute's value must match the address rule above (DOMPurify's way).
    ADD_URI_SAFE_ATTR: ['colspan', 'rowspan'],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
  });
}
