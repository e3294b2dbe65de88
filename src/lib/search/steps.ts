// How the search lists its results: how many at once ("Show more" lists as many again). Its words are the
// site's catalogue's (src/i18n, search.*), handed to its script by the page.

export const RESULTS_PER_STEP = 20;
