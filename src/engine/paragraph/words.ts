// Word classes shared by the speaker search and the content boundary.

export const PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'to', 'for', 'by', 'with', 'from', 'as', 'when', 'while', 'of', 'about', 'over', 'via', 'through', 'outside', 'inside', 'near', 'since', 'without', 'following', 'amid', 'ahead']);

export const TIME_ADJUNCT = /^(this|last|next|on|in|at|during|earlier|later|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|week|weekend|month|year|recently|again|also|then|privately|publicly|an|a|the|interview|statement|speech|briefing|conference|news|press|twitter|tweet|email|phone|call|radio|television|tv|rally|meeting|hearing|event)$/;
