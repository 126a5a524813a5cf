/** What quote-link.ts loads on demand: our highlight of a quote an address leads to, and the quote toolbar. */
import { highlightQuote } from './quote-highlight';
import { startQuoteTools } from './quote-toolbar';

highlightQuote();
startQuoteTools();
