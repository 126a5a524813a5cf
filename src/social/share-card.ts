import { answerStart } from '@/content/answer-start';
import { articleSections } from '@/content/article-sections';
import type { Article, Question } from '@/content/schema';
import { joinNames } from '@/shared/format';
import { site } from '@/config';
import type { SocialCard } from './card-layout';

/** One question as its share page and social image present it. */
export interface QuestionShare {
  question: Question;
  /** The start of its answer, from the article's text. */
  description: string;
}

/** Every question of an article with the start of its answer; fails naming a question whose answer is missing. */
export function questionShares(article: Article, body: string): QuestionShare[] {
  const sections = articleSections(body, article.questions);
  return article.questions.map((question) => {
    const answer = sections.find((section) => section.anchor === question.anchor)?.answer.replace(/\s+/g, ' ');
    if (!answer) throw new Error(`No answer found in the body for the question "${question.text}" (#${question.anchor})`);
    return { question, description: answerStart(answer) };
  });
}

/** The social card of an article, or of one of its questions. */
export function shareCard(article: Article, question?: Question): SocialCard {
  return {
    kicker: question ? 'A question from the interview' : 'Interview',
    headline: question?.text ?? article.title,
    authors: joinNames(article.authors.map((author) => author.name)),
    siteName: site.name,
  };
}
