/** Each quality rule as people name it; humanize would write "Tcpa" and "Can spam". */
const RULE_LABELS: Record<string, string> = {
  fair_housing: "Fair housing",
  tcpa: "TCPA (texts)",
  can_spam: "CAN-SPAM (email)",
  ai_disclosure: "AI disclosure",
  methodology: "Methodology",
  tone: "Tone",
};

/** The label of a rule, or the rule itself when the vocabulary grew one this list does not know. */
export const ruleLabel = (rule: string) => RULE_LABELS[rule] ?? rule;
