/**
 * Articles: add (files, pasted text, metadata) and follow the jobs on the left; the stored articles,
 * searchable and filterable, on the right, with the opened one's text and facts above the list.
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
        <JobProgress />
      </div>
      <div className="main-panel articles-main">
        {opened ? <ArticleReader key={opened} id={opened} onClose={() => setOpened(null)} /> : null}
        <ArticleList opened={opened} onOpen={setOpened} />
      </div>
    </div>
  );
}
