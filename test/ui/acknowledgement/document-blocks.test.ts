import { RESPONSIBILITY_TEXT_CURRENT } from '../../../src/demo/catalogue/responsibility-document';
import { documentBlocks } from '../../../src/ui/acknowledgement/document-blocks';

/* R-ACK: the person reads what she signs — the PDF's text reflowed into headings, paragraphs and lists, the words unchanged. */
describe('documentBlocks', () => {
  test('reads headings, wrapped paragraphs and bullets from PDF-extracted lines', () => {
    const text = ' 1 Inledning  \nFörsta raden av ett stycke \n\nsom fortsätter här.  \n\n \n\nI detta ingår ansvar för att: \n\n• en punkt som \n\nfortsätter \n\n• en andra punkt \n\n \n';
    expect(documentBlocks(text)).toEqual([
      { kind: 'heading', text: '1 Inledning' },
      { kind: 'paragraph', text: 'Första raden av ett stycke som fortsätter här.' },
      { kind: 'paragraph', text: 'I detta ingår ansvar för att:' },
      { kind: 'bullets', items: ['en punkt som fortsätter', 'en andra punkt'] }
    ]);
  });

  test('the seed document keeps every word and finds its numbered sections', () => {
    const blocks = documentBlocks(RESPONSIBILITY_TEXT_CURRENT);
    const headings = blocks.filter((block) => block.kind === 'heading').map((block) => (block.kind === 'heading' ? block.text : ''));
    expect(headings).toEqual(expect.arrayContaining(['1 Inledning', '3.1.1 Registerägare', '5 Bekräftelse av mottagande']));
    const words = (text: string): string[] => text.split(/\s+/).filter((word) => word !== '');
    const shown = blocks.flatMap((block) => (block.kind === 'bullets' ? block.items.map((item) => `• ${item}`) : [block.text]));
    expect(words(shown.join(' '))).toEqual(words(RESPONSIBILITY_TEXT_CURRENT));
  });
});
