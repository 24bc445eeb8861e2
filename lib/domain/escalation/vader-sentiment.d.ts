/** Types for vader-sentiment (the JavaScript port of VADER), which ships none. */
declare module "vader-sentiment" {
  /** VADER's scores: shares of negative, neutral and positive text, and the normalized compound in -1..1. */
  export interface PolarityScores {
    neg: number;
    neu: number;
    pos: number;
    compound: number;
  }
  export const SentimentIntensityAnalyzer: {
    polarity_scores(text: string): PolarityScores;
  };
}
