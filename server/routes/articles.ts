/**
 * The article endpoints: add (files or pasted text → a job), list, remove, rebuild, and a job's state
 * and progress (Server-Sent Events). Writes need the token (server/auth.ts); reads are open.
 */
import express, { Router, type RequestHandler } from 'express';
import multer from 'multer';
import {
  ArticleListQuery,
  JobIdPath,
  PasteArticleBody,
  StoredArticleIdPath,
  UploadFields,
  type JobEvent,
} from '../../model/api-articles';
import { AppError, ValidationError } from '../errors';
import type { ArticleService } from '../services/article-service';
import { parseInput } from '../validation';

export interface UploadLimits {
  maxFileBytes: number;
  maxRequestBytes: number;
  maxFiles: number;
}

export class PayloadTooLargeError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('payload_too_large', 413, message, details);
  }
}

const mb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** 413 before a byte is read when the request says it is larger than allowed; counted while it streams. */
function requestSize(maxBytes: number): RequestHandler {
  const tooLarge = () =>
    new PayloadTooLargeError(
      `The upload is larger than ${mb(maxBytes)}, the limit of one request (UPLOAD_MAX_REQUEST_MB). Send the files in several uploads.`,
      { maxBytes },
    );
  return (req, _res, next) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > maxBytes) {
      req.resume();
      return next(tooLarge());
    }
    let seen = 0;
    req.on('data', (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > maxBytes) req.destroy(tooLarge());
    });
    next();
  };
}

function multerError(err: unknown, limits: UploadLimits): unknown {
  if (!(err instanceof multer.MulterError)) return err;
  switch (err.code) {
    case 'LIMIT_FILE_SIZE':
      return new PayloadTooLargeError(
        `The file ${err.field ? '' : ''}is larger than ${mb(limits.maxFileBytes)}, the limit of one file (UPLOAD_MAX_FILE_MB). Split it, or zip fewer articles together.`,
        { maxFileBytes: limits.maxFileBytes },
      );
    case 'LIMIT_FILE_COUNT':
      return new PayloadTooLargeError(
        `At most ${limits.maxFiles} files can be sent at once (UPLOAD_MAX_FILES); send the rest in another upload or zip them.`,
        { maxFiles: limits.maxFiles },
      );
    case 'LIMIT_UNEXPECTED_FILE':
      return new ValidationError(`Send the files in the form field 'files' (got '${err.field ?? ''}').`);
    default:
      return new ValidationError(`The upload could not be read: ${err.message}.`);
  }
}

export function articleRoutes(service: ArticleService, auth: RequestHandler, limits: UploadLimits): Router {
  const router = Router();
  const upload = multer({
    storage: multer.memoryStorage(),
    // File names are UTF-8 in every browser's form data; busboy's default would read them as latin1.
    defParamCharset: 'utf8',
    limits: {
      fileSize: limits.maxFileBytes,
      files: limits.maxFiles,
      fields: 20,
      fieldSize: 10_000,
      parts: limits.maxFiles + 20,
    },
  }).array('files', limits.maxFiles);
  const json = express.json({ limit: Math.max(64 * 1024, 4 * 500_000) });

  router.post('/articles', auth, requestSize(limits.maxRequestBytes), (req, res, next) => {
    const type = (req.headers['content-type'] ?? '').toLowerCase();
    const respond = () => {
      try {
        const writer = service.write;
        if (type.startsWith('multipart/form-data')) {
          const files = (req.files as Express.Multer.File[] | undefined) ?? [];
          if (files.length === 0)
            throw new ValidationError("No file was sent: put the files in the form field 'files'.");
          const metadata = parseInput(UploadFields, req.body ?? {}, 'form field');
          const job = writer.submitFiles(
            files.map((f) => ({ name: f.originalname, bytes: f.buffer })),
            metadata,
          );
          res.status(202).json({ job });
        } else {
          const { text, ...metadata } = parseInput(PasteArticleBody, req.body, 'field');
          res.status(202).json({ job: writer.submitText(text, metadata) });
        }
      } catch (e) {
        next(e);
      }
    };
    if (type.startsWith('multipart/form-data'))
      upload(req, res, (err) => (err ? next(multerError(err, limits)) : respond()));
    else if (type.startsWith('application/json')) json(req, res, (err) => (err ? next(err) : respond()));
    else
      next(
        new AppError(
          'unsupported_media_type',
          415,
          'Send files as multipart/form-data (field files) or pasted text as application/json { text }.',
        ),
      );
  });

  router.get('/articles', async (req, res) => {
    res.json(await service.list(parseInput(ArticleListQuery, req.query, 'query parameter')));
  });

  router.get('/articles/:id/meta', async (req, res) => {
    const { id } = parseInput(StoredArticleIdPath, req.params, 'path parameter');
    res.json({ article: await service.meta(id) });
  });

  router.delete('/articles/:id', auth, async (req, res) => {
    const { id } = parseInput(StoredArticleIdPath, req.params, 'path parameter');
    res.json(await service.remove(id));
  });

  router.post('/rebuild', auth, (_req, res) => {
    res.status(202).json({ job: service.write.rebuild() });
  });

  router.get('/jobs/:id', (req, res) => {
    const { id } = parseInput(JobIdPath, req.params, 'path parameter');
    res.json({ job: service.job(id) });
  });

  router.get('/jobs/:id/events', (req, res) => {
    const { id } = parseInput(JobIdPath, req.params, 'path parameter');
    const job = service.job(id);
    res.status(200);
    res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Accel-Buffering', 'no');
    res.flushHeaders();
    const send = (event: JobEvent) => res.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
    send({ type: 'snapshot', job });
    if (job.state === 'done' || job.state === 'failed') {
      send({ type: 'done', job });
      res.end();
      return;
    }
    const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
    const stop = () => {
      clearInterval(keepAlive);
      unsubscribe();
    };
    const unsubscribe = service.write.subscribe(id, (event) => {
      send(event);
      if (event.type === 'done') {
        stop();
        res.end();
      }
    });
    req.on('close', stop);
  });

  return router;
}
