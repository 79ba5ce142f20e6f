/** The pull request comment: one per pull request, found again by a hidden marker and updated in place. */
import { getOctokit } from '@actions/github';

/** Ends the comment's body; a line of its own, so a quoted reply (`> <!-- … -->`) is not taken for it. */
export const COMMENT_MARKER = '<!-- migration-lint -->';

/** GitHub rejects a comment body longer than this. */
export const COMMENT_LIMIT = 65_536;

/** Where the comment goes. */
export interface CommentTarget {
  /** The REST API root: GITHUB_API_URL (GitHub Enterprise Server has its own). */
  apiUrl: string;
  token: string;
  owner: string;
  repo: string;
  issueNumber: number;
}

export type CommentOutcome =
  | { action: 'created' | 'updated'; id: number; url: string }
  | { action: 'none' };

/**
 * Updates the comment that carries the marker, or creates one when `create` is true (there is
 * something to say); one listing, then one write. API errors are thrown as octokit's RequestError,
 * whose `status` the caller reads (403: the token may not write).
 */
export async function upsertComment(target: CommentTarget, body: string, create: boolean): Promise<CommentOutcome> {
  const octokit = getOctokit(target.token, { baseUrl: target.apiUrl });
  const where = { owner: target.owner, repo: target.repo };
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    ...where,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  const existing = comments.find((comment) => isOurs(comment.body));
  if (existing) {
    const { data } = await octokit.rest.issues.updateComment({ ...where, comment_id: existing.id, body });
    return { action: 'updated', id: data.id, url: data.html_url };
  }
  if (!create) return { action: 'none' };
  const { data } = await octokit.rest.issues.createComment({ ...where, issue_number: target.issueNumber, body });
  return { action: 'created', id: data.id, url: data.html_url };
}

function isOurs(body: string | undefined): boolean {
  if (body === undefined) return false;
  const trimmed = body.replace(/\s+$/, '');
  return trimmed === COMMENT_MARKER || trimmed.endsWith(`\n${COMMENT_MARKER}`);
}
