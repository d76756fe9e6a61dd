/**
 * A small synonym list for the text attack's word substitutions: common English words (adjectives of
 * judgement and quality, frequent verbs and nouns), written for this project (MIT, as the rest of it)
 * rather than copied from a thesaurus. Each group lists words that can replace each other in most
 * sentences; lookups are by lower-cased word.
 */
const GROUPS: string[][] = [
  ['good', 'fine', 'decent', 'nice', 'solid'],
  ['great', 'excellent', 'superb', 'outstanding', 'terrific', 'first-rate'],
  ['wonderful', 'marvellous', 'delightful', 'splendid'],
  ['lovely', 'charming', 'pleasing', 'delightful'],
  ['fantastic', 'fabulous', 'amazing', 'incredible'],
  ['pleasant', 'agreeable', 'enjoyable', 'nice'],
  ['reliable', 'dependable', 'trustworthy', 'sturdy'],
  ['comfortable', 'cosy', 'comfy', 'easy'],
  ['bad', 'poor', 'inferior', 'substandard', 'lousy'],
  ['terrible', 'dreadful', 'atrocious', 'appalling', 'abysmal'],
  ['awful', 'horrid', 'ghastly', 'rotten'],
  ['horrible', 'hideous', 'nasty', 'vile'],
  ['disappointing', 'underwhelming', 'unsatisfying', 'lacklustre'],
  ['broken', 'faulty', 'defective', 'damaged'],
  ['useless', 'worthless', 'pointless', 'futile'],
  ['unreliable', 'undependable', 'erratic', 'flaky'],
  ['happy', 'glad', 'pleased', 'content', 'cheerful'],
  ['sad', 'unhappy', 'gloomy', 'down'],
  ['angry', 'annoyed', 'irritated', 'cross'],
  ['big', 'large', 'huge', 'sizeable'],
  ['small', 'little', 'tiny', 'compact'],
  ['fast', 'quick', 'rapid', 'speedy'],
  ['slow', 'sluggish', 'unhurried', 'leisurely'],
  ['cheap', 'inexpensive', 'affordable', 'low-cost'],
  ['expensive', 'costly', 'pricey', 'dear'],
  ['easy', 'simple', 'effortless', 'straightforward'],
  ['hard', 'difficult', 'tough', 'demanding'],
  ['new', 'fresh', 'recent', 'modern'],
  ['old', 'aged', 'dated', 'worn'],
  ['really', 'truly', 'genuinely', 'very'],
  ['very', 'extremely', 'highly', 'quite'],
  ['overall', 'altogether', 'on the whole', 'in general'],
  ['found', 'discovered', 'thought', 'felt'],
  ['like', 'enjoy', 'appreciate', 'fancy'],
  ['hate', 'detest', 'loathe', 'dislike'],
  ['buy', 'purchase', 'get', 'acquire'],
  ['use', 'employ', 'utilise', 'operate'],
  ['help', 'assist', 'aid', 'support'],
  ['fix', 'repair', 'mend', 'correct'],
  ['show', 'display', 'present', 'reveal'],
  ['start', 'begin', 'commence', 'launch'],
  ['stop', 'halt', 'cease', 'end'],
  ['problem', 'issue', 'fault', 'trouble'],
  ['price', 'cost', 'charge', 'fee'],
  ['delivery', 'shipping', 'dispatch', 'shipment'],
  ['service', 'support', 'assistance', 'help'],
  ['screen', 'display', 'monitor', 'panel'],
  ['sound', 'audio', 'noise', 'tone'],
  ['design', 'look', 'style', 'layout'],
  ['battery', 'cell', 'power pack', 'charge'],
  ['product', 'item', 'article', 'goods'],
  ['movie', 'film', 'picture', 'feature'],
  ['story', 'plot', 'tale', 'narrative'],
  ['food', 'meal', 'dish', 'fare'],
  ['staff', 'employees', 'team', 'personnel'],
  ['quick', 'prompt', 'swift', 'brisk'],
  ['quiet', 'silent', 'hushed', 'calm'],
  ['loud', 'noisy', 'booming', 'deafening'],
  ['clean', 'spotless', 'tidy', 'neat'],
  ['dirty', 'filthy', 'grimy', 'messy'],
  ['friendly', 'kind', 'warm', 'welcoming'],
  ['rude', 'impolite', 'curt', 'discourteous'],
  ['strong', 'powerful', 'robust', 'sturdy'],
  ['weak', 'feeble', 'frail', 'flimsy'],
  ['beautiful', 'gorgeous', 'stunning', 'attractive'],
  ['ugly', 'unsightly', 'unattractive', 'plain'],
  ['smart', 'clever', 'intelligent', 'bright'],
  ['boring', 'dull', 'tedious', 'monotonous'],
  ['interesting', 'engaging', 'fascinating', 'intriguing'],
  ['safe', 'secure', 'protected', 'sound'],
  ['dangerous', 'risky', 'hazardous', 'unsafe']
]

const INDEX = (() => {
  const m = new Map<string, string[]>()
  for (const g of GROUPS) for (const w of g) m.set(w, [...new Set([...(m.get(w) ?? []), ...g.filter((x) => x !== w)])])
  return m
})()

/** Synonyms of a word (lower-cased lookup), or none. */
export function synonymsOf(word: string): string[] {
  return INDEX.get(word.toLowerCase()) ?? []
}
