package org.refinery.alignment.summary.web;

/** The rules behind the figures, as the OpenAPI document states them. */
final class ApiDocs {

	static final String SUMMARY = """
			Every figure counts each piece of work once. Only leaves count: items with no child that \
			is not REMOVED. An epic's own estimate therefore counts only while it has no children \
			(its children's estimates stand for its work); a link to a parent holds for every leaf \
			below it. Unestimated leaves count with the median estimate of the product's leaves \
			(`unestimatedRule`). `investment` measures each theme against this product's target for \
			it (the sum of the target shares of the product's goals under the theme; \
			`portfolioTarget` is the theme's own, portfolio-wide share), `goalInvestment` each \
			product goal with a target share against it; drift = actual - target.""";

	static final String TREND = """
			One point a day (UTC), open scope. A measured point is the hourly snapshot's last one of \
			that day. When a product is first seen, the last 400 days are back-filled from the read \
			model's history (`backfilled: true`): a leaf counts on a day when it was created on or \
			before that day and done or removed after it, and is aligned when a link holding for it \
			(its own or a parent's, to a goal ACTIVE now) was made on or before that day and removed \
			after it. Estimates, the parent structure and goal statuses are taken as they are now; \
			an item first seen through an event other than its creation counts from that event; \
			items and removed links read before dates were kept count from the first day or not at \
			all. A measured point always replaces a back-filled one.""";

	static final String EXPORT = """
			The summary (same scope, figures and visibility) as one CSV table, `text/csv; \
			header=present`, one part of the summary per record: `section` names the part (overall, \
			team, goal, themeInvestment, goalInvestment, unaligned, goalWithoutWork, \
			linkedOnlyToRetiredGoals, linkedOnlyToAchievedGoals) and the columns it has are filled. \
			Every unaligned item is listed. Decimals in plain digits; columns in docs/integrations.md.""";

	private ApiDocs() {
	}

}
