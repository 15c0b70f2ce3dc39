/**
 * Articles: add (files, pasted text, metadata) on the left; on the right the jobs with their progress,
 * the opened article's text with its facts, and the stored articles, searchable and filterable.
 */
import { useState } from 'react';
import { ArticleList } from '../articles/ArticleList';
import { ArticleReader } from '../articles/ArticleReader';
import { ArticleUpload } from '../articles/ArticleUpload';
import { JobProgress } from '../articles/JobProgress';
import { TokenForm } from '../articles/TokenForm';

export function ArticlesView() {
  const [opened, setOpened] = useState<string | null>(null);
  return (
    <div className="view wide-side articles-view" data-testid="articles-view">
      <div className="side-panel">
        <ArticleUpload />
        <TokenForm />
      </div>
      <div className="main-panel articles-main">
        <JobProgress />
        {opened ? <ArticleReader key={opened} id={opened} onClose={() => setOpened(null)} /> : null}
        <ArticleList opened={opened} onOpen={setOpened} />
      </div>
    </div>
  );
}
