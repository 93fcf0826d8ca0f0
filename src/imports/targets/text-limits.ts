import { MAX_TEXT_LENGTH } from '../../sharepoint/lists/list-schema';

/** A single line of text: SharePoint's 255 characters (the list schema's limit). */
export const LINE_LENGTH = MAX_TEXT_LENGTH;

/** A multiple-lines-of-text column holds at most 63,999 characters in SharePoint Online. */
export const NOTE_LENGTH = 63_999;
