import { en } from '../../src/i18n/en';
import { installMessages } from '../../src/i18n/installed-messages';
import { sv } from '../../src/i18n/sv';

// Hosts install one web part's messages before it renders (installMessagePack); a component test
// renders the component alone, so it gets every message. Which namespaces each web part packs is
// tested on its own (test/i18n/web-part-message-packs.test.ts).
installMessages({ sv, en });
