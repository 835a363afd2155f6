/**
 * The PDF of an issued document, rendered on request with pdfkit (never in the transaction that issues it):
 * seller, buyer, number and dates, the lines with their tax per jurisdiction, the tax summary per
 * jurisdiction and rate, the totals, the referenced invoice on a credit note, and the footer. Amounts are
 * formatted for the locale the document was issued with.
 *
 * pdfkit's built-in Helvetica covers the Windows-1252 characters (Latin scripts, €, £); other characters are
 * written as "?" rather than as broken glyphs.
 */
import PDFDocument from 'pdfkit';
import { formatMoney } from '../../core/documents.js';
import type { IssuedDocument, PostalAddress } from './model.js';

const TITLES = { invoice: 'Invoice', credit_note: 'Credit note' } as const;

// Windows-1252 beyond Latin-1 (what the standard fonts encode), besides printable Latin-1 itself.
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Text the standard fonts can show: narrow and thin spaces (some locales' separators) become spaces. */
function printable(text: string): string {
  return [...text.replace(/[\u202f\u2009\u00a0]/g, ' ')]
    .map((char) => {
      const code = char.codePointAt(0) ?? 0;
      return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char) ? char : '?';
    })
    .join('');
}

function addressLines(address: PostalAddress | undefined): string[] {
  if (!address) return [];
  return [
    address.line1,
    ...(address.line2 ? [address.line2] : []),
    [address.postalCode, address.city].join(' '),
    ...(address.region ? [address.region] : []),
    address.country,
  ];
}

function formatDate(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
}

export function renderDocumentPdf(document: IssuedDocument): Promise<Buffer> {
  const money = (amount: number) => printable(formatMoney(amount, document.currency, document.locale));
  const pdf = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `${TITLES[document.type]} ${document.number}` } });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const text = (value: string, options?: PDFKit.Mixins.TextOptions) => pdf.text(printable(value), options);
  const left = pdf.page.margins.left;
  const width = pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;

  pdf.font('Helvetica-Bold').fontSize(20);
  text(`${TITLES[document.type]} ${document.number}`);
  pdf.font('Helvetica').fontSize(10).moveDown(0.5);
  text(`Issued: ${formatDate(document.issuedAt, document.locale)}`);
  text(`Order: ${document.orderNumber}`);
  if (document.references) text(`Credits invoice: ${document.references.invoiceNumber}`);
  pdf.moveDown();

  const partiesTop = pdf.y;
  const column = width / 2 - 10;
  pdf.font('Helvetica-Bold');
  text('Seller', { width: column });
  pdf.font('Helvetica');
  const seller = document.seller;
  for (const line of seller
    ? [seller.legalName, ...addressLines(seller.address), ...(seller.taxId ? [`Tax ID: ${seller.taxId}`] : []), ...(seller.email ? [seller.email] : [])]
    : ['(seller details not configured)']) {
    text(line, { width: column });
  }
  const sellerBottom = pdf.y;
  pdf.y = partiesTop;
  const buyerX = left + width / 2 + 10;
  pdf.font('Helvetica-Bold').text('Buyer', buyerX, partiesTop, { width: column });
  pdf.font('Helvetica');
  const buyer = document.buyer;
  for (const line of [
    buyer.name ?? `Customer ${buyer.userId}`,
    ...addressLines(buyer.address),
    ...(buyer.taxId ? [`Tax ID: ${buyer.taxId}`] : []),
    ...(buyer.email ? [buyer.email] : []),
  ]) {
    text(line, { width: column });
  }
  pdf.x = left;
  pdf.y = Math.max(sellerBottom, pdf.y) + 20;

  // Lines: description | quantity | unit price | net | tax | total
  const columns = [
    { title: 'Description', width: width * 0.36, align: 'left' as const },
    { title: 'Qty', width: width * 0.07, align: 'right' as const },
    { title: 'Unit price', width: width * 0.15, align: 'right' as const },
    { title: 'Net', width: width * 0.14, align: 'right' as const },
    { title: 'Tax', width: width * 0.13, align: 'right' as const },
    { title: 'Total', width: width * 0.15, align: 'right' as const },
  ];
  const row = (cells: string[], bold = false) => {
    const top = pdf.y;
    let x = left;
    let bottom = top;
    pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica');
    cells.forEach((cell, index) => {
      const spec = columns[index];
      if (!spec) return;
      pdf.text(printable(cell), x, top, { width: spec.width - 4, align: spec.align });
      bottom = Math.max(bottom, pdf.y);
      x += spec.width;
    });
    pdf.x = left;
    pdf.y = bottom + 4;
  };
  row(columns.map((spec) => spec.title), true);
  const { content } = document;
  for (const line of content.lines) {
    const tax = line.taxes.reduce((total, levy) => total + levy.amount, 0);
    row([line.description, String(line.quantity), money(line.unitPrice), money(line.net), money(tax), money(line.total)]);
    if (line.discount > 0) {
      pdf.fontSize(8);
      row([`  Discount: -${money(line.discount)}`]);
      pdf.fontSize(10);
    }
    for (const levy of line.taxes) {
      pdf.fontSize(8);
      row([`  ${levy.jurisdiction} ${levy.rate} %: ${money(levy.amount)}`]);
      pdf.fontSize(10);
    }
  }
  pdf.moveDown();

  pdf.font('Helvetica-Bold');
  text('Tax by jurisdiction and rate');
  pdf.font('Helvetica');
  for (const entry of content.taxes) {
    text(`${entry.jurisdiction} ${entry.category.replace('_', ' ')} ${entry.rate} % on ${money(entry.taxable)}: ${money(entry.tax)}`);
  }
  if (content.taxes.length === 0) text('No tax');
  pdf.moveDown();

  pdf.font('Helvetica-Bold');
  text(`Net: ${money(content.totals.net)}`, { align: 'right' });
  text(`Tax: ${money(content.totals.tax)}`, { align: 'right' });
  text(`${document.type === 'credit_note' ? 'Total credited' : 'Total'}: ${money(content.totals.total)}`, { align: 'right' });
  pdf.font('Helvetica');
  if (content.priceMode === 'inclusive') text('Prices include tax.', { align: 'right' });
  if (document.footer) {
    pdf.moveDown(2).fontSize(8);
    text(document.footer);
  }
  pdf.end();
  return done;
}
