import { kickerOf, site } from '@/config';
import type { QuestionReading } from '@/content/articles';
import { answerStart } from '@/content/answer-start';
import type { ArticleData, Question } from '@/content/schema';
import { joinNames } from '@/shared/format';
import type { SocialCard } from './card-layout';

/** What a question's share page and link preview say of it: the start of its answer, on one line. */
export function questionDescription(question: Pick<QuestionReading, 'answer'>): string {
  return answerStart(question.answer.replace(/\s+/g, ' '));
}

/** The social card of an article, or of one of its questions. */
export function shareCard(article: ArticleData, question?: Question): SocialCard {
  const kicker = kickerOf(article);
  return {
    kicker: question ? `A question from the ${kicker.toLowerCase()}` : kicker,
    headline: question?.text ?? article.title,
    authors: joinNames(article.authors.map((author) => author.name)),
    siteName: site.name,
  };
}
